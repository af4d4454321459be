using Extraction.Pipeline;
using Extraction.Relations;

namespace Extraction.Tests.Relations;

/// <summary>The triples of one predicate the default pipeline reads from a text, as "subject > object" entity names.</summary>
internal static class PipelineTriples
{
    public static List<string> Of(string text, Predicate predicate)
    {
        var result = Extractor.CreateDefault().Extract(text);
        string Name(string id) => result.FindEntity(id)!.Name;
        return result.Relations.Where(r => r.Predicate == predicate).Select(r => $"{Name(r.SubjectId)} > {Name(r.ObjectId)}").ToList();
    }
}
