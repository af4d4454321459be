using BenchmarkDotNet.Attributes;
using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Text;

namespace Extraction.Benchmarks;

/// <summary>Entity linking over a news-sized document with the mentions a tagger would give (no model needed).</summary>
[MemoryDiagnoser]
public class LinkingBenchmarks
{
    // Written for this benchmark: a ~1,600-character report with 42 mentions.
    private const string Text =
        "Лідер КНДР Кім Чен Ин зустрівся з міністром оборони Росії Сергієм Шойгу у Владивостоці. " +
        "Кім оглянув ядерні бомбардувальники Ту-160 та гіперзвукові ракети Кинджал. Шойгу заявив, що РФ і КНДР поглиблюють співпрацю. " +
        "Пхеньян може збільшити постачання артилерійських снарядів Москві, пише The New York Times з посиланням на розвідку США. " +
        "У Вашингтоні заявили, що Джо Байден обговорить це з Володимиром Зеленським. Байден пообіцяв Україні нові HIMARS і Patriot. " +
        "Міністр закордонних справ Дмитро Кулеба та віцепрем'єр Олексій Кулеба провели зустріч у Києві. Кулеба наголосив на ППО. " +
        "Генштаб ЗСУ повідомив, що Збройні сили України збили 30 Шахедів і дві ракети Х-101. Сили оборони знищили Су-34. " +
        "Єврокомісія та НАТО закликали Китай не постачати зброю Росії. КНР це заперечує, а Пекін вимагає переговорів. " +
        "Представник Пентагону зазначив, що Іран передав Москві балістичні ракети Fath-360. Тегеран цього не підтверджує.";

    private static readonly (string Surface, EntityType Type, string? Lemma)[] Marks =
    [
        ("КНДР", EntityType.Location, null), ("Кім Чен Ин", EntityType.Person, null), ("міністром оборони", EntityType.Job, "міністр оборони"),
        ("Росії", EntityType.Country, "Росія"), ("Сергієм Шойгу", EntityType.Person, "Сергій Шойгу"), ("Владивостоці", EntityType.Location, "Владивосток"),
        ("Кім", EntityType.Person, null), ("ядерні бомбардувальники", EntityType.Weapon, "ядерний бомбардувальник"), ("Ту-160", EntityType.Weapon, null),
        ("гіперзвукові ракети", EntityType.Weapon, "гіперзвукова ракета"), ("Кинджал", EntityType.Weapon, null), ("Шойгу", EntityType.Person, null),
        ("РФ", EntityType.Country, null), ("КНДР", EntityType.Country, null), ("Пхеньян", EntityType.Location, null),
        ("артилерійських снарядів", EntityType.Weapon, "артилерійський снаряд"), ("Москві", EntityType.Location, "Москва"),
        ("The New York Times", EntityType.Organization, null), ("США", EntityType.Country, null), ("Вашингтоні", EntityType.Location, "Вашингтон"),
        ("Джо Байден", EntityType.Person, null), ("Володимиром Зеленським", EntityType.Person, "Володимир Зеленський"), ("Байден", EntityType.Person, null),
        ("Україні", EntityType.Country, "Україна"), ("HIMARS", EntityType.Weapon, null), ("Patriot", EntityType.Weapon, null),
        ("Дмитро Кулеба", EntityType.Person, null), ("Олексій Кулеба", EntityType.Person, null), ("Києві", EntityType.Location, "Київ"),
        ("Кулеба", EntityType.Person, null), ("Генштаб ЗСУ", EntityType.Organization, null), ("Збройні сили України", EntityType.Organization, null),
        ("Шахедів", EntityType.Weapon, "Шахед"), ("Х-101", EntityType.Weapon, null), ("Су-34", EntityType.Weapon, null),
        ("Єврокомісія", EntityType.Organization, null), ("НАТО", EntityType.Organization, null), ("Китай", EntityType.Country, null),
        ("Росії", EntityType.Country, "Росія"), ("КНР", EntityType.Country, null), ("Пекін", EntityType.Location, null),
        ("Пентагону", EntityType.Organization, "Пентагон"), ("Іран", EntityType.Country, null), ("Москві", EntityType.Location, "Москва"),
        ("балістичні ракети", EntityType.Weapon, "балістична ракета"), ("Fath-360", EntityType.Weapon, null), ("Тегеран", EntityType.Location, null),
    ];

    private readonly EntityLinker _linker = new(KnowledgeBase.Default);
    private AnalysisDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = new AnalysisDocument(Text);
        int from = 0;
        foreach (var (surface, type, lemma) in Marks)
        {
            int start = Text.IndexOf(surface, from, StringComparison.Ordinal);
            if (start < 0) throw new InvalidOperationException("Benchmark text lacks " + surface);
            _document.Mentions.Add(new MentionDraft(0, 0, new TextSpan(start, start + surface.Length), type, 0.9) { Lemma = lemma });
            from = start + surface.Length;
        }
        int sentenceStart = 0;
        for (int i = 0; i < Text.Length; i++)
        {
            if (Text[i] == '.' && (i + 1 == Text.Length || Text[i + 1] == ' '))
            {
                _document.Sentences.Add(new Sentence(new TextSpan(sentenceStart, i + 1), 0, 0));
                sentenceStart = i + 2;
            }
        }
    }

    /// <summary>One document's linking: entities, KB labels, transliteration.</summary>
    [Benchmark]
    public int LinkDocument()
    {
        _linker.Link(_document);
        return _document.Entities.Count;
    }

    /// <summary>The tokenizer over the same text, as a yardstick for the linker's share of the pipeline.</summary>
    [Benchmark(Baseline = true)]
    public int TokenizeDocument()
    {
        var document = new AnalysisDocument(Text);
        new TokenizeStage(pretokenized: false).Process(document, CancellationToken.None);
        return document.Tokens.Count;
    }
}
