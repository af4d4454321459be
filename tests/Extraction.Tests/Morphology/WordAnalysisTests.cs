using Extraction.Morphology;

namespace Extraction.Tests.Morphology;

public class WordAnalysisTests
{
    [Theory]
    [InlineData("Делегація прибула до Росії вчора .", "Росії", "Росія", UniversalPos.PROPN)]
    [InlineData("Україна межує з Росією на сході .", "Росією", "Росія", UniversalPos.PROPN)]
    [InlineData("Україна межує з РОСІЄЮ на сході .", "РОСІЄЮ", "Росія", UniversalPos.PROPN)]
    [InlineData("Ракети запустила КНДР минулого тижня .", "КНДР", "КНДР", UniversalPos.PROPN)]
    [InlineData("Конституції присвятили окремий день .", "Конституції", "конституція", UniversalPos.NOUN)]
    [InlineData("На ринку продають м’ясо та рибу .", "м’ясо", "м'ясо", UniversalPos.NOUN)]
    [InlineData("На ринку продають мʼясо та рибу .", "мʼясо", "м'ясо", UniversalPos.NOUN)]
    public void Lexicon_lookup_ignores_case_and_apostrophe_style_and_restores_the_lemma_case(string sentence, string word, string lemma, UniversalPos pos)
    {
        var token = MorphologyTestText.Analyze(sentence).Single(t => t.Text == word);
        token.Lemma.Should().Be(lemma);
        token.Pos.Should().Be(pos);
    }

    [Fact]
    public void Features_are_in_UD_order_and_name_the_case()
    {
        var token = MorphologyTestText.Analyze("Делегація зустрілася з Володимиром Путіним учора .").Single(t => t.Text == "Путіним");
        token.Lemma.Should().Be("Путін");
        token.Pos.Should().Be(UniversalPos.PROPN);
        token.Features.Should().Contain("Case=Ins").And.Contain("Gender=Masc").And.Contain("NameType=Sur").And.Contain("Number=Sing");
    }

    [Theory]
    [InlineData("Суд виніс вирок нардепу Одарченка у четвер .", "Одарченка", "Одарченко")]
    [InlineData("Прем'єр зустрівся з Байдена радником .", "Байдена", "Байден")]
    [InlineData("Розмова з Трампом тривала годину .", "Трампом", "Трамп")]
    [InlineData("Позиції атакували дронами всю ніч .", "дронами", "дрон")]
    public void Guesser_lemmatizes_unknown_names_and_new_words(string sentence, string word, string lemma)
    {
        MorphologyTestText.Analyze(sentence).Single(t => t.Text == word).Lemma.Should().Be(lemma);
    }

    [Theory]
    [InlineData("Моя мати працює в лікарні .", "мати", UniversalPos.NOUN)]
    [InlineData("Я хочу мати власну машину .", "мати", UniversalPos.VERB)]
    [InlineData("Він був у місті , коли почалася тривога .", "коли", UniversalPos.SCONJ)]
    [InlineData("Він був у місті вчора .", "був", UniversalPos.AUX)]
    [InlineData("Ми купили три нові машини .", "три", UniversalPos.NUM)]
    public void Disambiguation_uses_the_sentence(string sentence, string word, UniversalPos pos)
    {
        MorphologyTestText.Analyze(sentence).First(t => t.Text == word).Pos.Should().Be(pos);
    }

    [Fact]
    public void Numbers_and_punctuation_keep_their_text()
    {
        var tokens = MorphologyTestText.Analyze("Було 25 ракет .");
        tokens[1].Pos.Should().Be(UniversalPos.NUM);
        tokens[1].Lemma.Should().Be("25");
        tokens[3].Pos.Should().Be(UniversalPos.PUNCT);
        tokens[3].Lemma.Should().Be(".");
    }

    [Fact]
    public void Lexicon_lookup_does_not_allocate()
    {
        var analyzer = new WordAnalyzer(MorphologyModel.Default);
        Span<Candidate> candidates = stackalloc Candidate[WordAnalyzer.MaxCandidates];
        analyzer.AnalyzeWord("Росією", candidates, out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int count = 0;
        for (int i = 0; i < 100; i++) count += analyzer.AnalyzeWord("Росією", candidates, out _);
        GC.GetAllocatedBytesForCurrentThread().Should().Be(before);
        count.Should().BeGreaterThan(0);
    }

    [Fact]
    public void A_word_with_a_capital_after_lower_case_letters_is_a_designation_not_the_word_it_folds_to()
    {
        var token = MorphologyTestText.Analyze("Над морем пролетів МіГ - 29 .").Single(t => t.Text == "МіГ");
        token.Lemma.Should().Be("МіГ");
        token.Pos.Should().NotBe(UniversalPos.VERB);
    }
}
