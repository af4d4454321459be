using Extraction.Models;
using Extraction.Morphology;
using Extraction.Training.Morphology;

namespace Extraction.Tests.Morphology;

public class MorphologyModelFileTests
{
    private static MorphologyModel TinyModel()
    {
        var builder = new MorphologyModelBuilder();
        builder.AddToken("Містом", "місто", "noun:inanim:n:v_oru");
        builder.AddToken("місто", "місто", "noun:inanim:n:v_naz");
        builder.AddToken("Вербою", "Верба", "noun:inanim:f:v_oru:prop:geo");
        builder.AddToken("ЗРК", "ЗРК", "noun:inanim:m:v_naz:nv:abbr");
        builder.AddToken("зелена", "зелений", "adj:f:v_naz:compb");
        return builder.Build(new float[1 << 10]);
    }

    [Fact]
    public void Model_survives_a_round_trip_through_a_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"morph-{Guid.NewGuid():N}.bin");
        try
        {
            TinyModel().Save(path);
            var loaded = MorphologyModel.Load(path);
            var analyzer = new WordAnalyzer(loaded);
            Span<Candidate> candidates = stackalloc Candidate[WordAnalyzer.MaxCandidates];

            int count = analyzer.AnalyzeWord("ВЕРБОЮ", candidates, out var segment);
            count.Should().Be(1);
            analyzer.Lemma("ВЕРБОЮ", segment, candidates[0].Rule).Should().Be("Верба");
            loaded.Tags[candidates[0].Tag].Pos.Should().Be(UniversalPos.PROPN);

            analyzer.AnalyzeWord("зрк", candidates, out segment);
            analyzer.Lemma("зрк", segment, candidates[0].Rule).Should().Be("ЗРК");
            analyzer.AnalyzeWord("Містом", candidates, out segment);
            analyzer.Lemma("Містом", segment, candidates[0].Rule).Should().Be("місто");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void Truncated_file_throws_naming_the_file(double keep)
    {
        string path = Path.Combine(Path.GetTempPath(), $"morph-truncated-{Guid.NewGuid():N}.bin");
        try
        {
            TinyModel().Save(path);
            byte[] bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..(int)(bytes.Length * keep)]);
            FluentActions.Invoking(() => MorphologyModel.Load(path))
                .Should().Throw<ModelFormatException>().Which.Message.Should().Contain(Path.GetFileName(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Corrupted_file_throws_naming_the_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"morph-corrupt-{Guid.NewGuid():N}.bin");
        try
        {
            TinyModel().Save(path);
            byte[] bytes = File.ReadAllBytes(path);
            bytes[bytes.Length / 2] ^= 0x5A;
            File.WriteAllBytes(path, bytes);
            FluentActions.Invoking(() => MorphologyModel.Load(path))
                .Should().Throw<ModelFormatException>().Which.ModelName.Should().Be(Path.GetFileName(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
