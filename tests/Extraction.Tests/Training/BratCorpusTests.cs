using Extraction.Training.Entities;

namespace Extraction.Tests.Training;

public sealed class BratCorpusTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("brat-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Reads_tab_and_space_separated_annotations_and_skips_continuation_lines()
    {
        const string text = "Марія Коваль очолила ТОВ «Зерно» у\nПолтаві.";
        File.WriteAllText(Path.Combine(_folder, "a1.txt"), text);
        File.WriteAllText(Path.Combine(_folder, "a1.ann"),
            "T1\tPERS\t0\t12\tМарія Коваль\nT2\tORG 21 32\tТОВ «Зерно»\nT3\tLOC\t33\t42\tу\nПолтаві\n");

        var document = BratCorpus.Read(_folder, ids: null).Should().ContainSingle().Subject;

        document.Spans.Should().Equal(new LabeledSpan(0, 12, "PERS"), new LabeledSpan(21, 32, "ORG"), new LabeledSpan(33, 42, "LOC"));
        document.Spans.Select(s => text[s.Start..s.End]).Should().Equal("Марія Коваль", "ТОВ «Зерно»", "у\nПолтаві");
    }

    [Fact]
    public void A_split_file_selects_documents_and_bad_offsets_are_reported()
    {
        File.WriteAllText(Path.Combine(_folder, "a1.txt"), "Київ.");
        File.WriteAllText(Path.Combine(_folder, "a1.ann"), "T1\tLOC\t0\t4\tКиїв\n");
        File.WriteAllText(Path.Combine(_folder, "b2.txt"), "Львів.");
        File.WriteAllText(Path.Combine(_folder, "b2.ann"), "T1\tLOC\t0\t40\tЛьвів\n");
        string split = Path.Combine(_folder, "split.txt");
        File.WriteAllText(split, "DEV\na1\nTEST\nb2\n");

        BratCorpus.Read(_folder, BratCorpus.ReadSplit(split, "DEV")).Select(d => d.Id).Should().Equal("a1");
        var reading = () => BratCorpus.Read(_folder, BratCorpus.ReadSplit(split, "TEST"));
        reading.Should().Throw<InvalidDataException>().WithMessage("*b2.ann*");
    }
}
