using System.Text;
using Extraction.Text;

namespace Extraction.Entities;

/// <summary>
/// The official Ukrainian-to-Latin transliteration (Cabinet of Ministers of Ukraine resolution No. 55 of
/// 27 January 2010): є ї й ю я are Ye Yi Y Yu Ya at the start of a word and ie i i iu ia elsewhere, зг is zgh,
/// ь and the apostrophe are dropped. A word written in capitals stays in capitals; other characters pass through.
/// </summary>
internal static class UkrainianTransliterator
{
    /// <summary>Transliterates <paramref name="text"/>; the result is never null.</summary>
    public static string ToLatin(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return string.Empty;
        var sb = new StringBuilder(text.Length + text.Length / 4);
        int wordStart = 0;
        bool wordAllCaps = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool inWord = i > 0 && (IsLetter(text[i - 1]) || (IsApostrophe(text[i - 1]) && i > 1 && IsLetter(text[i - 2])));
            if (!inWord && IsLetter(c))
            {
                wordStart = i;
                wordAllCaps = IsAllCapsWord(text, i);
            }
            if (IsApostrophe(c) && i > 0 && i + 1 < text.Length && CyrillicScript.Contains(text[i - 1]) && CyrillicScript.Contains(text[i + 1]))
            {
                continue; // the apostrophe inside a word is not transliterated
            }
            if (!CyrillicScript.Contains(c))
            {
                sb.Append(c);
                continue;
            }
            char lower = char.ToLowerInvariant(c);
            bool initial = i == wordStart;
            string latin = lower switch
            {
                'г' when i > 0 && char.ToLowerInvariant(text[i - 1]) == 'з' => "gh",
                'є' => initial ? "ye" : "ie",
                'ї' => initial ? "yi" : "i",
                'й' => initial ? "y" : "i",
                'ю' => initial ? "yu" : "iu",
                'я' => initial ? "ya" : "ia",
                'ё' => initial ? "yo" : "io",
                _ => Map(lower),
            };
            if (latin.Length == 0) continue;
            if (wordAllCaps)
            {
                sb.Append(latin.ToUpperInvariant());
            }
            else if (c != lower)
            {
                sb.Append(char.ToUpperInvariant(latin[0])).Append(latin, 1, latin.Length - 1);
            }
            else
            {
                sb.Append(latin);
            }
        }
        return sb.ToString();
    }

    private static string Map(char lower) => lower switch
    {
        'а' => "a", 'б' => "b", 'в' => "v", 'г' => "h", 'ґ' => "g", 'д' => "d", 'е' => "e", 'ж' => "zh",
        'з' => "z", 'и' => "y", 'і' => "i", 'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o",
        'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' => "u", 'ф' => "f", 'х' => "kh", 'ц' => "ts",
        'ч' => "ch", 'ш' => "sh", 'щ' => "shch", 'ь' => "", 'ъ' => "",
        // Russian letters that turn up in quoted names; not part of the 2010 table.
        'ы' => "y", 'э' => "e",
        _ => lower.ToString(),
    };


    private static bool IsLetter(char c) => char.IsLetter(c);

    private static bool IsApostrophe(char c) => c is '\'' or '\u02BC' or '\u2019' or '`';

    private static bool IsAllCapsWord(ReadOnlySpan<char> text, int start)
    {
        int letters = 0;
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (IsApostrophe(c)) continue;
            if (!IsLetter(c)) break;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters > 1;
    }
}
