using Extraction.Entities;
using Extraction.Pipeline;

namespace Extraction.Tests.Entities.Linking;

/// <summary>Runs every case of <c>LinkingSpecs.txt</c> through the linker with the shipped knowledge base.</summary>
public sealed class LinkingSpecTests
{
    private static readonly EntityLinker Linker = new(Extraction.Entities.KnowledgeBase.Default);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var spec in LinkingSpec.ReadAll()) data.Add(spec.Title);
        return data;
    }

    [Fact]
    public void The_spec_file_has_at_least_forty_cases()
    {
        LinkingSpec.ReadAll().Should().HaveCountGreaterThanOrEqualTo(40);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string title)
    {
        var spec = LinkingSpec.ReadAll().Single(s => s.Title == title);
        var document = AnnotatedDocument.Parse(spec.Text);
        Linker.Link(document);

        var actual = document.Entities.Where(e => e.MentionIndices.Count > 0)
            .Select(e => $"{e.Type.ToLabel()} {e.Name} | {e.English ?? "-"} | {e.KnowledgeBaseId ?? "-"} | {e.Iso ?? "-"} | {string.Join(' ', e.MentionIndices.Select(m => m + 1))}")
            .OrderBy(s => s, StringComparer.Ordinal).ToList();
        actual.Should().Equal(spec.Entities.OrderBy(s => s, StringComparer.Ordinal), $"case '{title}'");

        foreach (var (place, state) in spec.States)
        {
            var entity = document.Entities.Single(e => e.Name == place);
            string found = entity.StateIndex < 0 ? "-" : document.Entities[entity.StateIndex].Name;
            found.Should().Be(state, $"the state of {place}");
        }
        LinkingInvariants.Check(document);
    }

    private sealed record LinkingSpec(string Title, string Text, List<string> Entities, List<(string Place, string State)> States)
    {
        private static readonly Lazy<List<LinkingSpec>> All = new(Load);

        public static List<LinkingSpec> ReadAll() => All.Value;

        private static List<LinkingSpec> Load()
        {
            string path = Path.Combine(RepoRoot(), "tests/Extraction.Tests/Entities/Linking/LinkingSpecs.txt");
            var specs = new List<LinkingSpec>();
            LinkingSpec? current = null;
            foreach (string raw in File.ReadLines(path))
            {
                string line = raw.TrimEnd();
                if (line.Length == 0 || line.StartsWith('#') && !line.StartsWith("###", StringComparison.Ordinal)) continue;
                if (line.StartsWith("### ", StringComparison.Ordinal))
                {
                    current = new LinkingSpec(line[4..], "", [], []);
                    specs.Add(current);
                }
                else if (current is null)
                {
                    throw new FormatException("Text before the first case: " + line);
                }
                else if (current.Text.Length == 0)
                {
                    specs[^1] = current = current with { Text = line };
                }
                else if (line.StartsWith("state: ", StringComparison.Ordinal))
                {
                    string[] parts = line[7..].Split(" -> ");
                    current.States.Add((parts[0], parts[1]));
                }
                else
                {
                    current.Entities.Add(line);
                }
            }
            return specs;
        }

        private static string RepoRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Extraction.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Extraction.sln not found above the test binaries.");
        }
    }
}

/// <summary>What every linked document must satisfy, whatever the input.</summary>
internal static class LinkingInvariants
{
    public static void Check(AnalysisDocument document)
    {
        for (int m = 0; m < document.Mentions.Count; m++)
        {
            int e = document.Mentions[m].EntityIndex;
            e.Should().BeInRange(0, document.Entities.Count - 1, "every mention is linked");
            document.Entities[e].MentionIndices.Should().Contain(m);
            document.Entities[e].Type.Should().Be(document.Mentions[m].Type, "a mention has its entity's type");
        }
        foreach (var entity in document.Entities)
        {
            entity.MentionIndices.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
            entity.Name.Should().NotBeNullOrWhiteSpace();
            if (entity.StateIndex >= 0) document.Entities[entity.StateIndex].Type.Should().Be(EntityType.Country);
        }
    }
}
