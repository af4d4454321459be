using System.Text.Json;
using Extraction.Entities;
using Extraction.Relations;
using Extraction.Tests.Support;
using Extraction.Text;
using Extraction.Training.Annotations;
using Xunit.Abstractions;

namespace Extraction.Tests.Annotations;

/// <summary>Checks the gold relation files against the news corpus they point into.</summary>
public sealed class RelationAnnotationTests(ITestOutputHelper output)
{
    private const string NewsFile = "news/ua-web-news-2024-11.jsonl";

    private static readonly string AnnotationDir = Path.Combine(RepoRoot(), "src", "Extraction.Training", "Annotations");

    private static readonly Lazy<Dictionary<string, string>> Texts = new(LoadTexts);

    [Fact]
    public void Split_rule_uses_the_hex_part_of_the_id()
    {
        RelationAnnotations.SplitOf("example.org:00000000000f").Should().Be("test");
        RelationAnnotations.SplitOf("example.org:000000000010").Should().Be("train");
    }

    [Fact]
    public void Predicate_names_parse_only_in_schema_spelling()
    {
        RelationAnnotations.TryParsePredicate("MET_WITH", out Predicate p).Should().BeTrue();
        p.Should().Be(Predicate.MetWith);
        RelationAnnotations.TryParsePredicate("LOCATED_IN", out p).Should().BeTrue();
        p.Should().Be(Predicate.LocatedIn);
        RelationAnnotations.TryParsePredicate("MetWith", out _).Should().BeFalse();
        RelationAnnotations.TryParsePredicate("3", out _).Should().BeFalse();
    }

    [SharedDataFact]
    public void Documents_exist_with_their_length_and_split()
    {
        var docs = RelationAnnotations.ReadDocuments(Path.Combine(AnnotationDir, "relations-docs.tsv"));
        docs.Should().NotBeEmpty();
        docs.Select(d => d.DocId).Should().OnlyHaveUniqueItems();
        foreach (RelationAnnotatedDocument doc in docs)
        {
            Texts.Value.Should().ContainKey(doc.DocId);
            doc.AnnotatedChars.Should().Be(Texts.Value[doc.DocId].Length, doc.DocId);
            doc.Split.Should().Be(RelationAnnotations.SplitOf(doc.DocId), doc.DocId);
        }
    }

    [SharedDataFact]
    public void Every_relation_is_well_formed()
    {
        var docs = RelationAnnotations.ReadDocuments(Path.Combine(AnnotationDir, "relations-docs.tsv"))
            .ToDictionary(d => d.DocId);
        var relations = RelationAnnotations.ReadRelations(Path.Combine(AnnotationDir, "relations.tsv"));
        relations.Should().NotBeEmpty();
        var problems = new List<string>();
        foreach (RelationAnnotation r in relations)
        {
            if (!docs.ContainsKey(r.DocId)) { problems.Add($"{r.DocId}: not in relations-docs.tsv"); continue; }
            problems.AddRange(Check(r, Texts.Value[r.DocId]).Select(p => $"{r.DocId} {r.Predicate} {r.Subject}->{r.Object}: {p}"));
        }
        var keys = relations.Select(r => (r.DocId, r.Subject, r.SubjectType, r.Predicate, r.Object, r.ObjectType, r.Modality));
        problems.AddRange(keys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => $"duplicate row {g.Key}"));
        foreach (string problem in problems) output.WriteLine(problem);
        problems.Should().BeEmpty("every row must satisfy the guidelines; {0} rows do not:\n{1}", problems.Count, string.Join("\n", problems));
        Report(docs.Values, relations);
    }

    private static IEnumerable<string> Check(RelationAnnotation r, string text)
    {
        var (subjects, objects) = RelationAnnotations.Signature(r.Predicate);
        if (!subjects.Contains(r.SubjectType)) yield return $"subject type {r.SubjectType} breaks the signature";
        if (!objects.Contains(r.ObjectType)) yield return $"object type {r.ObjectType} breaks the signature";

        var spans = new List<(string Name, TextSpan Span)> { ("subject", r.Subject), ("object", r.Object), ("evidence", r.Evidence) };
        spans.AddRange(r.SpanArguments.Select(a => (a.Key, a.Value)));
        if (r.Source is { } source) spans.Add(("source", source));
        foreach (var (name, span) in spans)
        {
            if (span.Start < 0 || span.End > text.Length || span.Length <= 0) { yield return $"{name} {span} out of bounds"; continue; }
            if (InsideWord(text, span.Start) || InsideWord(text, span.End)) yield return $"{name} {span} '{span.Substring(text)}' cuts a word";
            if (char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1])) yield return $"{name} {span} has outer whitespace";
        }
        if (spans.Any(s => s.Span.Start < 0 || s.Span.End > text.Length || s.Span.Length <= 0)) yield break;

        if (!r.Evidence.Contains(r.Subject)) yield return "evidence does not contain the subject";
        if (!r.Evidence.Contains(r.Object)) yield return "evidence does not contain the object";
        if (r.Subject.Overlaps(r.Object)) yield return "subject and object overlap";
        foreach (string key in new[] { "role", "recipient", "provider", "target", "weapon" })
        {
            if (r.SpanArguments.TryGetValue(key, out TextSpan arg) && !r.Evidence.Contains(arg)) yield return $"{key} lies outside the evidence";
        }
        if (r.SpanArguments.TryGetValue("subj_ref", out TextSpan subjRef) && subjRef.Overlaps(r.Subject)) yield return "subj_ref overlaps the subject";
        if (r.SpanArguments.TryGetValue("obj_ref", out TextSpan objRef) && objRef.Overlaps(r.Object)) yield return "obj_ref overlaps the object";

        string[] allowedKeys = r.Predicate switch
        {
            Predicate.HoldsRole => ["role"],
            Predicate.Supplies => ["recipient"],
            Predicate.Seeks => ["provider"],
            Predicate.Uses => ["target"],
            Predicate.Attacks => ["weapon"],
            Predicate.CooperatesWith => ["domain"],
            _ => [],
        };
        string[] generalKeys = ["subj_ref", "obj_ref", "subj_kind", "obj_kind", "subj_metonymy", "obj_metonymy"];
        foreach (string key in r.SpanArguments.Keys.Concat(r.WordArguments.Keys))
        {
            if (!allowedKeys.Contains(key) && !generalKeys.Contains(key)) yield return $"argument '{key}' does not belong to {r.Predicate}";
        }
        if (r.Predicate == Predicate.HoldsRole && !r.SpanArguments.ContainsKey("role")) yield return "HOLDS_ROLE without role";
        if (r.Predicate is Predicate.MetWith or Predicate.CooperatesWith && r.Subject.Start > r.Object.Start && !r.SpanArguments.ContainsKey("subj_ref"))
            yield return "symmetric predicate: the subject must come first in the text";
        foreach (var (key, value) in r.WordArguments)
        {
            bool valid = key switch
            {
                "subj_kind" or "obj_kind" => value is "adjective" or "demonym",
                "subj_metonymy" or "obj_metonymy" => value == "capital",
                "domain" => value.Length > 0 && value.All(char.IsAsciiLetterLower),
                _ => false,
            };
            if (!valid) yield return $"argument {key}={value} has an invalid value";
        }
        if (r.WordArguments.ContainsKey("subj_kind") && r.SubjectType != EntityType.Country) yield return "subj_kind on a non-COUNTRY subject";
        if (r.WordArguments.ContainsKey("obj_kind") && r.ObjectType != EntityType.Country) yield return "obj_kind on a non-COUNTRY object";
        if (r.WordArguments.ContainsKey("subj_metonymy") && r.SubjectType != EntityType.Country) yield return "subj_metonymy on a non-COUNTRY subject";
        if (r.WordArguments.ContainsKey("obj_metonymy") && r.ObjectType != EntityType.Country) yield return "obj_metonymy on a non-COUNTRY object";
    }

    /// <summary>True when the boundary at <paramref name="index"/> falls between two word characters.</summary>
    private static bool InsideWord(string text, int index) =>
        index > 0 && index < text.Length && char.IsLetterOrDigit(text[index - 1]) && char.IsLetterOrDigit(text[index]);

    private void Report(IEnumerable<RelationAnnotatedDocument> docs, IReadOnlyList<RelationAnnotation> relations)
    {
        var splitOf = docs.ToDictionary(d => d.DocId, d => d.Split);
        foreach (var split in splitOf.Values.Distinct().Order())
        {
            var rows = relations.Where(r => splitOf[r.DocId] == split).ToList();
            output.WriteLine($"{split}: {splitOf.Values.Count(s => s == split)} articles, {rows.Count} relations");
            output.WriteLine("  " + string.Join(", ", rows.GroupBy(r => r.Predicate).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
            output.WriteLine("  " + string.Join(", ", rows.GroupBy(r => r.Modality).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        }
        output.WriteLine($"all: {splitOf.Count} articles, {relations.Count} relations");
    }

    private static Dictionary<string, string> LoadTexts()
    {
        var texts = new Dictionary<string, string>();
        foreach (string line in File.ReadLines(SharedData.PathOf(NewsFile)!))
        {
            using var json = JsonDocument.Parse(line);
            texts.Add(json.RootElement.GetProperty("id").GetString()!, json.RootElement.GetProperty("text").GetString()!);
        }
        return texts;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Extraction.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Extraction.sln not found above the test binaries.");
    }
}
