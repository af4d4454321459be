using Extraction.Tests.Support;
using Extraction.Training.Entities;

namespace Extraction.Tests.Training.Entities;

public class IobDocumentsTests
{
    private static IobSentence Sentence(string text)
    {
        var words = text.Split(' ');
        return new IobSentence(words, words.Select(_ => "O").ToArray());
    }

    [Fact]
    public void Sentences_are_assigned_to_the_documents_whose_text_they_continue()
    {
        string[] texts =
        [
            "Перша стаття.\nУ ній два речення.",
            "Друга стаття про місто.\n\nВона коротка, але має три речення. Ось третє.",
        ];
        var sentences = new[]
        {
            "Друга стаття про місто .", "Вона коротка , але має три речення .", "Ось третє .",
            "Перша стаття .", "У ній два речення .",
        }.Select(Sentence).ToList();

        var owner = IobDocuments.Assign(sentences, texts);

        owner.Should().Equal(1, 1, 1, 0, 0);
        IobDocuments.Runs(owner).Should().Equal((0, 3), (3, 2));
    }

    [Fact]
    public void A_sentence_glued_across_a_boundary_stays_with_the_document_before_it()
    {
        string[] texts = ["Кінець першої. Останнє речення", "Заголовок другої\nТекст другої статті."];
        var sentences = new[] { "Кінець першої .", "Останнє речення Заголовок другої", "Текст другої статті ." }.Select(Sentence).ToList();

        IobDocuments.Assign(sentences, texts).Should().Equal(0, 0, 1);
    }

    [Fact]
    public void Apostrophe_variants_and_white_space_do_not_matter()
    {
        IobDocuments.Normalize("п’ять  м'ясних\nзʼїздів").Should().Be("п'ятьм'яснихз'їздів");
    }

    [SharedDataFact]
    public void Every_NER_UK_test_document_is_one_run_of_test_iob()
    {
        string root = SharedData.PathOf("ner-uk/v2")!;
        var sentences = IobCorpus.Read(Path.Combine(root, "iob", "test.iob"));
        var owner = IobDocuments.AssignFromBrat(sentences, Path.Combine(root, "data"), Path.Combine(root, "dev-test-split.txt"), "TEST");

        var runs = IobDocuments.Runs(owner);
        runs.Should().HaveCount(169, "the split lists 169 test documents and each is contiguous in test.iob");
        owner.Should().NotContain(-1);
        owner.Distinct().Should().HaveCount(169);
    }
}
