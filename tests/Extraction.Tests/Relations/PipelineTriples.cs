using Extraction.Pipeline;
using Extraction.Relations;

namespace Extraction.Tests.Relations;

/// <summary>The triples of one predicate the default pipeline reads from a text, as "subject > object" entity names.</summary>
internal static class PipelineTriples
{
    public static List<string> Of(string text, Predicate predicate) => Describe(text, predicate, withModality: false);

    /// <summary>As <see cref="Of"/>, each followed by its modality: "subject > object Asserted".</summary>
    public static List<string> WithModality(string text, Predicate predicate) => Describe(text, predicate, withModality: true);

    private static List<string> Describe(string text, Predicate predicate, bool withModality)
    {
        var result = Extractor.CreateDefault().Extract(text);
        string Name(string id) => result.FindEntity(id)!.Name;
        return result.Relations.Where(r => r.Predicate == predicate)
            .Select(r => withModality ? $"{Name(r.SubjectId)} > {Name(r.ObjectId)} {r.Modality}" : $"{Name(r.SubjectId)} > {Name(r.ObjectId)}").ToList();
    }
}
