using Extraction.Models;
using Extraction.Pipeline;
using Extraction.Serialization;

namespace Extraction.Tests.Pipeline;

public class ExtractorBuilderModelTests
{
    private const string Text = "Міністр закордонних справ України Андрій Сибіга зустрівся в Берліні з канцлером Німеччини.";

    private static MemoryStream Embedded(string file)
    {
        var copy = new MemoryStream();
        EmbeddedModels.Open(file).CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    [Fact]
    public void Swapping_in_the_same_model_files_gives_the_same_output()
    {
        var swapped = new ExtractorBuilder()
            .UseMorphologyModel(Embedded("morphology.bin"), "morphology copy")
            .UseEntityModel(Embedded("entities.bin"), "entities copy")
            .UseRelationModel(Embedded("relations.bin"), "relations copy")
            .Build();
        var writer = new JsonResultWriter(includeTokens: true);

        writer.Serialize("d", swapped.Extract(Text)).Should().Be(writer.Serialize("d", Extractor.CreateDefault().Extract(Text)));
    }

    [Fact]
    public void A_truncated_model_file_fails_at_build_time_naming_the_file()
    {
        var bytes = Embedded("entities.bin").ToArray();
        var truncated = new MemoryStream(bytes, 0, bytes.Length / 2);

        var act = () => new ExtractorBuilder().UseEntityModel(truncated, "my-entities.bin");

        act.Should().Throw<ModelFormatException>().Where(e => e.ModelName == "my-entities.bin");
    }

    [Fact]
    public void A_corrupted_morphology_model_fails_at_build_time_naming_the_file()
    {
        var bytes = Embedded("morphology.bin").ToArray();
        bytes[bytes.Length / 2] ^= 0x5A;

        var act = () => new ExtractorBuilder().UseMorphologyModel(new MemoryStream(bytes), "my-morphology.bin");

        act.Should().Throw<ModelFormatException>().Where(e => e.ModelName == "my-morphology.bin");
    }

    [Fact]
    public void A_missing_model_path_throws_an_IOException()
    {
        var act = () => new ExtractorBuilder().UseRelationModel("/no/such/relations.bin");
        act.Should().Throw<IOException>();
    }
}
