using System.Text;

namespace Extraction.Soak;

/// <summary>
/// Generates hostile input from a seed: Ukrainian words and news fragments mixed with lone surrogates, control and
/// zero-width characters, stress marks, soft hyphens, HTML leftovers, odd apostrophes, dashes, quotes, emoji and
/// long runs of one character. The same seed always gives the same strings.
/// </summary>
public sealed class AdversarialText
{
    private static readonly string[] Fragments =
    [
        "Київ", "м'ясо", "п’ять", "Вʼячеслав", "з`їзд", "Комсомольськ-на-Амурі", "Ту-95МС", "С-300", "F-16", "152-мм",
        "т. д.", "вул.", "ім.", "В. Путін", "Т.Г. Шевченко", "КНДР", "РФ", "ЗСУ", "1 234,5", "10,5%", "2024-11-14",
        "14.11.2024", "18:30", "№3", "$400 тис.", "https://example.com/a?b=c", "news@example.ua", "#війна", "@handle",
        "«", "»", "„", "“", "”", "\"", "'", "–", "—", "-", "…", "...", "?!", ".", ",", ":", ";", "(", ")",
        "<p>", "</div>", "&nbsp;", "&amp;", "<br/>", "Шойгу", "Кім Чен Ин", "Північної Кореї", "артилерійських снарядів",
        "Він", "її", "зустрівся з", "постачає", "не", "може", "з посиланням на", "\n", "\n\n", "\r\n", "\t", " ", "  ",
    ];

    private static readonly char[] Oddities =
    [
        '\u0301', '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00A0', '\u202F', '\u2028', '\u2029',
        '\0', '\u0001', '\u001B', '\u007F', '\u0085', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFD', '\uFFFF',
        '\u0300', '\u0483', '\u02BC', '\u2019', '`', 'ʹ', 'ї', 'Ґ', 'a', 'Z', '0', '9', '.', '-',
    ];

    private static readonly string[] Emoji = ["😀", "👍🏽", "👨‍👩‍👧", "🇺🇦", "❤️", "\uD83D"];

    private readonly Random _random;

    /// <summary>Creates a generator; the same <paramref name="seed"/> gives the same sequence.</summary>
    public AdversarialText(int seed) => _random = new Random(seed);

    /// <summary>The next string, up to roughly <paramref name="maxLength"/> characters.</summary>
    public string Next(int maxLength = 400)
    {
        int target = _random.Next(0, maxLength + 1);
        var text = new StringBuilder(target + 16);
        while (text.Length < target)
        {
            switch (_random.Next(10))
            {
                case < 5:
                    text.Append(Fragments[_random.Next(Fragments.Length)]);
                    if (_random.Next(3) == 0) text.Append(' ');
                    break;
                case 5 or 6:
                    text.Append(Oddities[_random.Next(Oddities.Length)]);
                    break;
                case 7:
                    text.Append(Emoji[_random.Next(Emoji.Length)]);
                    break;
                case 8:
                    text.Append((char)_random.Next(0, 0x10000));
                    break;
                default:
                    char repeated = Oddities[_random.Next(Oddities.Length)];
                    text.Append(repeated, _random.Next(1, 64));
                    break;
            }
        }
        return text.ToString();
    }
}
