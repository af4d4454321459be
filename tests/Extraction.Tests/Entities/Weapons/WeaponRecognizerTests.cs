using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Tests.Support;
using Extraction.Text;
using Extraction.Training.Annotations;
using Extraction.Training.Entities.Weapons;

namespace Extraction.Tests.Entities.Weapons;

public class WeaponRecognizerTests
{
    private static readonly IExtractionStage[] Before = [new TokenizeStage(false), MorphologyStage.CreateDefault()];

    /// <summary>Runs tokenizer, morphology and the weapon stage; returns "kind:surface" for each WEAPON mention.</summary>
    private static List<string> Weapons(string text, out AnalysisDocument document)
    {
        document = new AnalysisDocument(text);
        foreach (var stage in Before) stage.Process(document, CancellationToken.None);
        var kinds = new Dictionary<TextSpan, WeaponKind>();
        WeaponStage.CreateDefault().Process(document, CancellationToken.None, kinds);
        return document.Mentions.Where(m => m.Type == EntityType.Weapon)
            .Select(m => $"{(kinds[m.Span] == WeaponKind.System ? "S" : "C")}:{m.Span.Substring(text)}").ToList();
    }

    private static List<string> Weapons(string text) => Weapons(text, out _);

    [Theory]
    [InlineData("Уночі ворог випустив по місту крилаті ракети та ударні дрони.", "C:крилаті ракети", "C:ударні дрони")]
    [InlineData("Армія отримала нові сучасні самохідні гаубиці.", "C:самохідні гаубиці")]
    [InlineData("Сусідня держава розмістила північнокорейські балістичні ракети.", "C:балістичні ракети")]
    [InlineData("Завод випускав 152-мм снаряди для фронту.", "C:152-мм снаряди")]
    [InlineData("Над областю збили 42 безпілотники.", "C:безпілотники")]
    [InlineData("Вони запускали ракети великої дальності.", "C:ракети")]
    public void Nationality_evaluative_numbers_and_what_follows_the_head_stay_out(string text, params string[] expected) =>
        Weapons(text).Should().Equal(expected);

    [Theory]
    [InlineData("Країна має на озброєнні сотні ядерних боєголовок.", "C:ядерних боєголовок")]
    [InlineData("Армія прийняла на озброєння нову гаубицю.", "C:гаубицю")]
    [InlineData("Партнери передали нове озброєння.", "C:озброєння")]
    [InlineData("До пакета увійдуть ракети ППО.", "C:ракети ППО")]
    public void The_in_service_idiom_names_no_weapon(string text, params string[] expected) =>
        Weapons(text).Should().Equal(expected);

    [Theory]
    [InlineData("Над морем помітили дрони-камікадзе.", "C:дрони-камікадзе")]
    [InlineData("Оператори застосували FPV-дрони проти техніки.", "C:FPV-дрони")]
    [InlineData("На полігоні показали зенітно-ракетні батареї.", "C:зенітно-ракетні батареї")]
    public void Hyphenated_compounds_stay_whole(string text, params string[] expected) =>
        Weapons(text).Should().Equal(expected);

    [Theory]
    [InlineData("Союзник пообіцяв передати артилерійські снаряди Києву й Варшаві.", "C:артилерійські снаряди")]
    [InlineData("Пхеньян може збільшити поставки ракет Москві.", "C:ракет")]
    [InlineData("Флот втратив крейсер «Москва» біля узбережжя.", "C:крейсер", "S:Москва")]
    public void A_place_after_a_weapon_is_not_a_system_name_unless_quoted(string text, params string[] expected) =>
        Weapons(text).Should().Equal(expected);

    [Theory]
    [InlineData("Партнери передали системи HIMARS.", "S:HIMARS")]
    [InlineData("Зібрали нові установки на складі.")]
    [InlineData("На складі стояли пускові установки.", "C:пускові установки")]
    [InlineData("Фронт потребує засобів ППО.", "C:засобів ППО")]
    [InlineData("Місто захищають системи протиповітряної оборони.", "C:системи протиповітряної оборони")]
    [InlineData("Партнери обіцяли засоби радіоелектронної боротьби.", "C:засоби радіоелектронної боротьби")]
    public void Generic_heads_need_a_defining_modifier_or_genitive(string text, params string[] expected) =>
        Weapons(text).Should().Equal(expected);

    [Theory]
    [InlineData("Летіли крилаті ракети Х-101 з півночі.", "C:крилаті ракети", "S:Х-101")]
    [InlineData("Росія має ЗРК С-300 на кордоні.", "C:ЗРК", "S:С-300")]
    [InlineData("Запустили балістичні ракети «Іскандер-М» по місту.", "C:балістичні ракети", "S:Іскандер-М")]
    [InlineData("У небі були бомбардувальники Ту-95МС.", "C:бомбардувальники", "S:Ту-95МС")]
    [InlineData("Запустили ракети Іскандер-М/KN-23 зранку.", "C:ракети", "S:Іскандер-М", "S:KN-23")]
    [InlineData("Пілоти освоюють F-16, а інженери вивчають AIM-9.", "S:F-16", "S:AIM-9")]
    [InlineData("Над морем пролетів MQ-9 Reaper.", "S:MQ-9 Reaper")]
    [InlineData("Польща замовила танки K2 у Кореї.", "C:танки", "S:K2")]
    public void Designations_are_separate_mentions_and_quotes_stay_outside(string text, params string[] expected) =>
        Weapons(text).Should().Equal(expected);


    [Theory]
    [InlineData("Рейд охороняли есмінці Halsey та Porter.", "C:есмінці", "S:Halsey", "S:Porter")]
    [InlineData("Зі складів вивезли танки Т-62 і ПТ-76.", "C:танки", "S:Т-62", "S:ПТ-76")]
    [InlineData("Вночі летіли дрони типу Shahed/Герань над морем.", "C:дрони", "S:Shahed", "S:Герань")]
    public void A_name_joined_to_a_named_system_by_a_conjunction_or_slash_is_a_system(string text, params string[] expected) =>
        Weapons(text).Should().Equal(expected);

    [Theory]
    [InlineData("Про це заявили HIMARS та Україна.", "S:HIMARS")]
    [InlineData("Флот втратив ракети і Чорне море.", "C:ракети")]
    public void A_conjunction_after_a_system_or_a_class_takes_no_state_or_place(string text, params string[] expected) =>
        Weapons(text).Should().Equal(expected);

    [Fact]
    public void A_designation_matches_whether_the_tokenizer_splits_it_or_not()
    {
        // The same designation as one token and as word, hyphen and number tokens glued without whitespace.
        const string text = "Ворог запустив Шахед-136 по місту.";
        var whole = Recognize(text, [("Ворог", 0), ("запустив", 6), ("Шахед-136", 15), ("по", 25), ("місту", 28), (".", 33)]);
        var split = Recognize(text, [("Ворог", 0), ("запустив", 6), ("Шахед", 15), ("-", 20), ("136", 21), ("по", 25), ("місту", 28), (".", 33)]);
        whole.Should().Equal("Шахед-136");
        split.Should().Equal("Шахед-136");
    }

    [Fact]
    public void Words_with_spaces_around_a_hyphen_are_not_one_designation()
    {
        const string text = "Ворог запустив Шахед - 136 разів.";
        var found = Recognize(text, [("Ворог", 0), ("запустив", 6), ("Шахед", 15), ("-", 21), ("136", 23), ("разів", 27), (".", 32)]);
        found.Should().Equal("Шахед");
    }

    private static List<string> Recognize(string text, (string Word, int Start)[] words)
    {
        var tokens = words.Select(w => new Token(
            TextSpan.FromLength(w.Start, w.Word.Length),
            w.Word.All(char.IsDigit) ? TokenKind.Number : char.IsLetter(w.Word[0]) ? TokenKind.Word : TokenKind.Punctuation,
            w.Word, w.Word)).ToArray();
        text.Substring(words[^1].Start, words[^1].Word.Length).Should().Be(words[^1].Word);
        var matches = new List<WeaponMatch>();
        WeaponRecognizer.Default.Recognize(tokens, matches);
        return matches.Select(m => text[tokens[m.FirstToken].Span.Start..tokens[m.EndToken - 1].Span.End]).ToList();
    }

    [Theory]
    [InlineData("Це була крилата ракета.", "крилата ракета", "крилата ракета")]
    [InlineData("Немає крилатої ракети.", "крилатої ракети", "крилата ракета")]
    [InlineData("Ворог вдарив крилатою ракетою.", "крилатою ракетою", "крилата ракета")]
    [InlineData("Йшлося про крилатій ракеті.", "крилатій ракеті", "крилата ракета")]
    [InlineData("Летіли крилаті ракети.", "крилаті ракети", "крилата ракета")]
    [InlineData("Збили п'ять крилатих ракет.", "крилатих ракет", "крилата ракета")]
    [InlineData("Вдарили крилатими ракетами.", "крилатими ракетами", "крилата ракета")]
    [InlineData("Мова йде про атомних підводних човнів.", "атомних підводних човнів", "атомний підводний човен")]
    [InlineData("Говорили про атомні підводні човни.", "атомні підводні човни", "атомний підводний човен")]
    [InlineData("Постачання артилерійських снарядів зросло.", "артилерійських снарядів", "артилерійський снаряд")]
    [InlineData("Армія отримала артилерійські снаряди.", "артилерійські снаряди", "артилерійський снаряд")]
    [InlineData("Заява стосувалася ядерної зброї.", "ядерної зброї", "ядерна зброя")]
    [InlineData("Вона погрожувала ядерною зброєю.", "ядерною зброєю", "ядерна зброя")]
    public void Class_phrases_match_in_every_case_and_number(string text, string surface, string lemma)
    {
        Weapons(text, out var document).Should().Equal("C:" + surface);
        document.Mentions.Single().Lemma.Should().Be(lemma);
    }

    [Theory]
    [InlineData("Сили оборони збили кілька крилатих і балістичних ракет.", "C:крилатих", "C:балістичних ракет")]
    [InlineData("Ворог запустив дві крилаті Х-101 уночі.", "C:крилаті", "S:Х-101")]
    public void An_adjective_standing_for_a_left_out_head_is_a_class_mention(string text, params string[] expected) =>
        Weapons(text).Should().Equal(expected);

    [Theory]
    [InlineData("Ракетний удар пошкодив будинок, а ракетна загроза триває.")]
    [InlineData("Пасажирський літак приземлився у Львові.")]
    [InlineData("Москва оголосила нові правила, а град пошкодив дахи.")]
    [InlineData("Генштаб навів дані про техніку та автомобілі.")]
    [InlineData("У місті працює ППО, сили ППО збили ціль.")]
    public void Events_civilian_platforms_and_ordinary_words_are_not_weapons(string text) =>
        Weapons(text).Should().BeEmpty();

    [Fact]
    public void A_name_that_is_also_a_word_needs_context()
    {
        Weapons("Флот втратив крейсер «Москва» у квітні.").Should().Equal("C:крейсер", "S:Москва");
        Weapons("Пояснення прийшло з Москви вчора.").Should().BeEmpty();
    }

    [Fact]
    public void Inflected_names_match_through_their_lemma()
    {
        Weapons("Мобільні групи полюють за шахедами щоночі.").Should().Equal("S:шахедами");
    }

    [Fact]
    public void A_weapon_never_crosses_a_sentence_boundary()
    {
        var found = Weapons("Прилетіли крилаті. Ракети збили над полем.");
        found.Should().Equal("C:Ракети");
    }

    [Fact]
    public void Weapon_mentions_replace_overlapping_tagger_mentions_and_never_overlap()
    {
        var extractor = new ExtractorBuilder().WithoutRelations().Build();
        const string text = "Росія запустила по Києву ракети Х-101 і дрони «Шахед-136», а ППО збила чотири крилаті ракети.";
        var result = extractor.Extract(text);
        var mentions = result.Mentions.OrderBy(m => m.Span.Start).ToList();
        for (int i = 1; i < mentions.Count; i++) mentions[i].Span.Start.Should().BeGreaterThanOrEqualTo(mentions[i - 1].Span.End);
        var weapons = mentions.Where(m => m.Type == EntityType.Weapon).Select(m => m.Span.Substring(text)).ToList();
        weapons.Should().Equal("ракети", "Х-101", "дрони", "Шахед-136", "крилаті ракети");
    }

    [Fact]
    public void A_place_the_tagger_ran_into_a_lower_case_class_phrase_ends_where_the_weapon_begins()
    {
        const string text = "Латвія відправила в Молдову бронемашини Piranha.";
        var document = new AnalysisDocument(text);
        foreach (var stage in Before) stage.Process(document, CancellationToken.None);
        int first = document.Tokens.FindIndex(t => t.Text == "Молдову");
        int end = document.Tokens.FindIndex(t => t.Text == "Piranha") + 1;
        var glued = new TextSpan(document.Tokens[first].Span.Start, document.Tokens[end - 1].Span.End);
        document.Mentions.Add(new MentionDraft(first, end, glued, EntityType.Location, 0.9));

        WeaponStage.CreateDefault().Process(document, CancellationToken.None);

        document.Mentions.Select(m => (m.Span.Substring(text), m.Type)).Should().Equal(
            ("Молдову", EntityType.Location), ("бронемашини", EntityType.Weapon), ("Piranha", EntityType.Weapon));
    }

    [Fact]
    public void Empty_and_null_input()
    {
        Weapons("").Should().BeEmpty();
        var recognize = () => WeaponRecognizer.Default.Recognize([], null!);
        recognize.Should().Throw<ArgumentNullException>();
    }

    [SharedDataFact]
    public void The_gold_file_evaluation_runs_on_the_train_split()
    {
        var annotations = WeaponAnnotations.Load(AnnotationsDirectory());
        var ids = annotations.Documents.Where(d => d.Split == AnnotationSplit.Train).Select(d => d.DocumentId).ToHashSet();
        var texts = WeaponEvaluator.ReadTexts(SharedData.PathOf("news/ua-web-news-2024-11.jsonl")!, ids);
        var result = WeaponEvaluator.Evaluate(annotations, AnnotationSplit.Train, texts);
        result.Documents.Should().HaveCount(ids.Count);
        result.Overall.Gold.Should().Be(annotations.Mentions.Count(m => ids.Contains(m.DocumentId)));
        result.Overall.Predicted.Should().BeGreaterThan(0);
        (result.Systems.Gold + result.Classes.Gold).Should().Be(result.Overall.Gold);
    }

    private static string AnnotationsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "src", "Extraction.Training", "Annotations");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("src/Extraction.Training/Annotations not found above the test folder.");
    }
}
