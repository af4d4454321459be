using System.Globalization;
using Extraction.Pipeline;
using Extraction.Relations;

namespace Extraction.Serialization;

/// <summary>Writes relation triples as tab-separated lines: id, subject, predicate, object, modality, confidence.</summary>
public static class TsvResultWriter
{
    /// <summary>The header line.</summary>
    public const string Header = "id\tsubject\tpredicate\tobject\tmodality\tconfidence";

    /// <summary>Writes one line per relation of <paramref name="result"/>.</summary>
    public static void Write(TextWriter writer, string id, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var relation in result.Relations)
        {
            writer.Write(Clean(id));
            writer.Write('\t');
            writer.Write(Clean(result.FindEntity(relation.SubjectId)?.Name ?? relation.SubjectId));
            writer.Write('\t');
            writer.Write(relation.Predicate.ToLabel());
            writer.Write('\t');
            writer.Write(Clean(result.FindEntity(relation.ObjectId)?.Name ?? relation.ObjectId));
            writer.Write('\t');
            writer.Write(relation.Modality.ToLabel());
            writer.Write('\t');
            writer.Write(relation.Confidence.ToString("0.####", CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }

    private static string Clean(string value) =>
        value.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 ? value : value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
