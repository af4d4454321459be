using Extraction.Pipeline;
using Extraction.Tests.Support;
using Extraction.Text;
using Extraction.Training.Evaluation;
using Extraction.Training.Ud;

namespace Extraction.Tests.Training;

public class ConlluReaderTests
{
    // A small treebank written for this test: two documents, a paragraph break, a multiword token and SpaceAfter=No.
    private const string Sample =
        "# newdoc id = d1\n" +
        "# newpar id = p1\n" +
        "# sent_id = s1\n" +
        "# text = Дрони атакували Київ.\n" +
        "1\tДрони\tдрон\tNOUN\t_\tNumber=Plur\t2\tnsubj\t_\t_\n" +
        "2\tатакували\tатакувати\tVERB\t_\t_\t0\troot\t_\t_\n" +
        "3\tКиїв\tКиїв\tPROPN\t_\t_\t2\tobj\t_\tSpaceAfter=No\n" +
        "4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n" +
        "\n" +
        "# sent_id = s2\n" +
        "1-2\tнікого\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "1\tні\tні\tPART\t_\t_\t2\tadvmod\t_\t_\n" +
        "2\tкого\tхто\tPRON\t_\t_\t0\troot\t_\t_\n" +
        "2.1\tє\tбути\tVERB\t_\t_\t_\t_\t0:root\t_\n" +
        "3\tнемає\tнемати\tVERB\t_\t_\t2\tcop\t_\tSpaceAfter=No\n" +
        "4\t!\t!\tPUNCT\t_\t_\t2\tpunct\t_\t_\n" +
        "\n" +
        "# newpar id = p2\n" +
        "# sent_id = s3\n" +
        "1\tКінець\tкінець\tNOUN\t_\t_\t0\troot\t_\t_\n" +
        "\n" +
        "# newdoc id = d2\n" +
        "# sent_id = s4\n" +
        "1\tІнше\tінший\tADJ\t_\t_\t0\troot\t_\t_\n" +
        "\n";

    [Fact]
    public void Reads_tokens_multiword_tokens_and_markers()
    {
        var sentences = ConlluReader.Read(new StringReader(Sample));
        sentences.Should().HaveCount(4);
        sentences[0].NewDocument.Should().BeTrue();
        sentences[1].NewParagraph.Should().BeFalse();
        sentences[2].NewParagraph.Should().BeTrue();
        sentences[3].NewDocument.Should().BeTrue();
        sentences[0].Tokens.Select(t => t.Form).Should().Equal("Дрони", "атакували", "Київ", ".");
        sentences[0].Tokens[2].SpaceAfter.Should().BeFalse();
        sentences[1].Tokens.Select(t => t.Form).Should().Equal("нікого", "немає", "!");
        sentences[1].Tokens[0].Words.Select(w => w.Lemma).Should().Equal("ні", "хто");
    }

    [Fact]
    public void Rebuilds_text_per_document_with_spaces_and_newlines()
    {
        var documents = ConlluDocument.Build(ConlluReader.Read(new StringReader(Sample)));
        documents.Should().HaveCount(2);
        documents[0].Text.Should().Be("Дрони атакували Київ. нікого немає!\nКінець");
        documents[0].Sentences.Should().Equal(new TextSpan(0, 21), new TextSpan(22, 35), new TextSpan(36, 42));
        documents[0].Tokens.Select(t => t.Span.Substring(documents[0].Text)).Should().Equal(
            "Дрони", "атакували", "Київ", ".", "нікого", "немає", "!", "Кінець");
        documents[1].Text.Should().Be("Інше");
    }

    [Fact]
    public void Malformed_lines_throw_format_exception()
    {
        var act = () => ConlluReader.Read(new StringReader("1\tтільки\tтри\n"));
        act.Should().Throw<FormatException>();
    }

    [Fact]
    public void Evaluator_scores_span_exact_tokens_and_sentences()
    {
        var documents = ConlluDocument.Build(ConlluReader.Read(new StringReader(Sample)));
        var report = TokenizationEvaluator.Evaluate(new ExtractorBuilder().Build(), documents, maxErrors: 10);
        report.Tokens.Gold.Should().Be(9);
        report.Tokens.Matched.Should().Be(9);
        report.Tokens.F1.Should().Be(1);
        // "Київ. нікого" has no capital after the period, so the first two gold sentences come out as one.
        report.Sentences.Gold.Should().Be(4);
        report.Sentences.Matched.Should().Be(2);
        report.SentenceErrors.Should().ContainSingle().Which.Should().StartWith("missed boundary");
        report.LemmaChecked.Should().BeLessThanOrEqualTo(report.Tokens.Matched);
    }

    [SharedDataFact]
    public void Ud_ukrainian_dev_tokenization_meets_the_targets()
    {
        var documents = ConlluDocument.Build(ConlluReader.ReadFile(SharedData.PathOf("ud/uk_iu-ud-dev.conllu")!));
        var report = TokenizationEvaluator.Evaluate(new ExtractorBuilder().Build(), documents);
        report.Tokens.F1.Should().BeGreaterThanOrEqualTo(0.995);
        report.Sentences.F1.Should().BeGreaterThanOrEqualTo(0.93);
    }
}
