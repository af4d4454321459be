using Extraction.Entities;

namespace Extraction.Tests.Entities.Tagging;

public class DocumentMemoryTests
{
    private const int Pers = 0, Org = 1;

    [Fact]
    public void A_stem_gets_the_type_it_had_most_often_in_other_sentences()
    {
        var memory = new DocumentMemory(2);
        memory.Add([10, 11], [BilouLabels.Unit(Org), BilouLabels.Outside]);
        memory.Add([10, 12], [BilouLabels.Unit(Org), BilouLabels.Unit(Pers)]);
        memory.Add([10], [BilouLabels.Unit(Pers)]);
        var codes = new int[3];

        memory.Lookup([10, 12, 11], [BilouLabels.Outside, BilouLabels.Outside, BilouLabels.Outside], codes);

        codes[0].Should().Be(Org * 4 + 2, "ORG twice against PERS once");
        codes[1].Should().Be(Pers * 4 + 1);
        codes[2].Should().Be(DocumentMemory.None, "stem 11 was never inside a mention");
    }

    [Fact]
    public void The_sentences_own_first_pass_votes_are_left_out()
    {
        var memory = new DocumentMemory(2);
        memory.Add([10, 20], [BilouLabels.Begin(Org), BilouLabels.Last(Org)]);
        memory.Add([20], [BilouLabels.Unit(Pers)]);
        var codes = new int[2];

        memory.Lookup([10, 20], memory.LabelsOf(0), codes);

        codes[0].Should().Be(DocumentMemory.None, "stem 10 occurs only in this sentence");
        codes[1].Should().Be(Pers * 4 + 1, "the other sentence tagged stem 20 as PERS");
    }

    [Fact]
    public void Clear_forgets_the_previous_document()
    {
        var memory = new DocumentMemory(2);
        memory.Add([10], [BilouLabels.Unit(Org)]);
        memory.Clear();
        memory.Add([30], [BilouLabels.Outside]);
        var codes = new int[1];

        memory.Lookup([10], default, codes);

        codes[0].Should().Be(DocumentMemory.None);
        memory.SentenceCount.Should().Be(1);
        memory.LabelsOf(0).ToArray().Should().Equal(BilouLabels.Outside);
    }

    [Fact]
    public void A_two_pass_model_emits_every_sentence_once_in_order_with_spans_inside_it()
    {
        var tagger = new EntityTagger(TaggerTestModels.Random(7, usesDocumentMemory: true));
        string[] sentences =
        [
            "Петро Коваленко приїхав до Києва .",
            "Коваленко зустрівся з Петром у Києві .",
            "Там Коваленко виступив .",
        ];
        var tokens = sentences.Select(TaggerTestModels.Tokens).ToArray();
        var emitted = new List<int>();

        tagger.TagDocument(tokens.Length, s => tokens[s], new DocumentMemory(2), (s, found) =>
        {
            emitted.Add(s);
            found.Should().OnlyContain(m => m.FirstToken >= 0 && m.EndToken <= tokens[s].Length && m.FirstToken < m.EndToken);
        });

        emitted.Should().Equal(0, 1, 2);
    }

    [Theory]
    [InlineData(7, false)]
    [InlineData(11, false)]
    [InlineData(12, false)]
    [InlineData(7, true)]
    [InlineData(11, true)]
    [InlineData(12, true)]
    public void The_second_pass_on_stored_scores_equals_extracting_every_feature_again(int seed, bool stackedLabels)
    {
        var tagger = new EntityTagger(TaggerTestModels.Random(seed, usesDocumentMemory: true, usesStackedLabels: stackedLabels));
        var tokens = new[]
        {
            "Петро Коваленко приїхав до Києва .",
            "Коваленко зустрівся з Петром у Києві .",
            "Там Коваленко і Петро виступили перед киянами .",
        }.Select(TaggerTestModels.Tokens).ToArray();
        var fast = new List<(int, int, int)>[tokens.Length];
        tagger.TagDocument(tokens.Length, s => tokens[s], new DocumentMemory(2), (s, found) =>
            fast[s] = found.Select(m => (m.FirstToken, m.EndToken, m.TypeIndex)).ToList());

        var memory = new DocumentMemory(2);
        foreach (var sentence in tokens)
        {
            var labels = tagger.TagLabels(sentence, out var workspace);
            memory.Add(workspace.Stems(sentence.Length), labels);
        }
        for (int s = 0; s < tokens.Length; s++)
        {
            var slow = new List<(int, int, int)>();
            BilouLabels.ForEachSpan(tagger.TagLabels(tokens[s], memory, s, out _), (first, end, type) => slow.Add((first, end, type)));
            fast[s].Should().Equal(slow, $"sentence {s}");
        }
    }

    [Fact]
    public void Stacked_labels_change_the_second_pass_even_without_remembered_stems()
    {
        // No stem repeats across these sentences, so only the stacked first-pass labels can differ between the models.
        var tokens = new[] { "Петро Коваленко приїхав до Києва .", "Учора вони виступили у Львові з Іваном Франком ." }.Select(TaggerTestModels.Tokens).ToArray();
        int changed = 0;
        for (int seed = 1; seed <= 20; seed++)
        {
            var plain = new EntityTagger(TaggerTestModels.Random(seed, usesDocumentMemory: true));
            var stacked = new EntityTagger(TaggerTestModels.Random(seed, usesDocumentMemory: true, usesStackedLabels: true));
            var memory = new DocumentMemory(2);
            foreach (var sentence in tokens)
            {
                var labels = plain.TagLabels(sentence, out var workspace);
                memory.Add(workspace.Stems(sentence.Length), labels);
            }
            for (int s = 0; s < tokens.Length; s++)
            {
                var firstPass = plain.TagLabels(tokens[s], out _).ToArray();
                plain.TagLabels(tokens[s], memory, s, out _).ToArray().Should().Equal(firstPass, "no stem of this sentence was tagged elsewhere");
                if (!stacked.TagLabels(tokens[s], memory, s, out _).SequenceEqual(firstPass)) changed++;
            }
        }
        changed.Should().BePositive("the random weights of the stacked-label features move some labels");
    }

    [Fact]
    public void Stacked_labels_need_the_two_pass_tagger()
    {
        var act = () => TaggerTestModels.Random(5, usesStackedLabels: true);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_one_pass_model_tags_a_document_as_its_sentences_one_by_one()
    {
        var tagger = new EntityTagger(TaggerTestModels.Random(8));
        var tokens = new[] { "Петро Коваленко приїхав до Києва .", "Коваленко виступив ." }.Select(TaggerTestModels.Tokens).ToArray();
        var byDocument = new List<TaggedSpan>[2];

        tagger.TagDocument(2, s => tokens[s], null, (s, found) => byDocument[s] = [.. found]);

        for (int s = 0; s < 2; s++)
        {
            var alone = new List<TaggedSpan>();
            tagger.Tag(tokens[s], alone);
            byDocument[s].Should().Equal(alone);
        }
    }
}
