using System.Text;
using System.Text.Json;

namespace Extraction.Benchmarks;

/// <summary>News-like Ukrainian text for benchmarks: paragraphs written for this project, optionally shared news.</summary>
internal static class NewsText
{
    // Written for the benchmarks (not taken from any corpus); covers the tokenizer's tricky classes in realistic density.
    private const string Paragraphs =
        "Уночі 14 листопада російські війська атакували Київ крилатими ракетами Х-101 та дронами-камікадзе типу «Шахед». " +
        "За даними Повітряних сил ЗСУ, з 34 ударних БпЛА збили 28, ще 4 локально втрачені. Уламки впали на вул. Січових Стрільців " +
        "та в Голосіївському районі, повідомив голова КМВА С. Попко. Постраждалих немає, пошкоджено п’ять авто.\n" +
        "Міністр оборони Рустем Умєров заявив, що Україна отримає нові комплекси IRIS-T і ще два F-16 до кінця 2024-го. " +
        "«Ми працюємо з партнерами щодня», — наголосив він. За словами посадовця, вартість пакета становить $400 млн, " +
        "а частка внутрішнього виробництва зросла до 10,5% (у 2023 р. вона була вдвічі меншою).\n" +
        "Тим часом у Північній Кореї тривають навчання: за оцінками ГУР МО, до Курської обл. перекинули близько 11 тис. " +
        "військових КНДР. Представник НАТО назвав це «небезпечною ескалацією» і т. д. Детальніше — на сайті https://example.com.ua/news/2024/11/14 " +
        "або в Telegram-каналі @example_news. #новини #Україна\n" +
        "Ціна бензину А-95 на АЗС зросла на 1,2 грн. і сягнула 56,9 грн/л. Аналітики радять стежити за курсом: 14.11.2024 о 18:30 " +
        "НБУ встановив офіційний курс на рівні 41,32 грн за долар. Прем’єр-міністр пообіцяв, що ціни будуть під контролем 👍\n";

    public static string Build(int minLength, bool includeSharedNews)
    {
        var builder = new StringBuilder(minLength + Paragraphs.Length);
        if (includeSharedNews)
        {
            foreach (string text in SharedNews())
            {
                builder.Append(text).Append('\n');
                if (builder.Length >= minLength) return builder.ToString();
            }
        }
        while (builder.Length < minLength) builder.Append(Paragraphs);
        return builder.ToString();
    }

    /// <summary>The articles of ../shared/data/news/ua-web-news-2024-11.jsonl when it sits beside the repository; otherwise none.</summary>
    public static IEnumerable<string> SharedNews()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Extraction.sln"))) dir = dir.Parent;
        if (dir is null) yield break;
        string path = Path.Combine(dir.FullName, "..", "shared", "data", "news", "ua-web-news-2024-11.jsonl");
        if (!File.Exists(path)) yield break;
        foreach (string line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("text", out var text) && text.GetString() is { } value) yield return value;
        }
    }
}
