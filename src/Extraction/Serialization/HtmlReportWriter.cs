using System.Globalization;
using System.Net;
using System.Text;
using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Relations;

namespace Extraction.Serialization;

/// <summary>
/// Builds one self-contained HTML page for a run: each document's text with mentions highlighted by type (with a
/// colour legend), its entities with English labels, and its relation triples with their evidence sentences.
/// Documents are rendered as they are added, so only the page text is kept in memory.
/// </summary>
public sealed class HtmlReportWriter
{
    private static readonly Dictionary<EntityType, string> Colours = new()
    {
        [EntityType.Person] = "#ffd6a5",
        [EntityType.Country] = "#caffbf",
        [EntityType.Location] = "#9bf6ff",
        [EntityType.Organization] = "#bdb2ff",
        [EntityType.Weapon] = "#ffadad",
        [EntityType.Job] = "#fdffb6",
        [EntityType.Date] = "#e0e0e0",
        [EntityType.Time] = "#e0e0e0",
        [EntityType.Period] = "#e0e0e0",
        [EntityType.Money] = "#d0f4de",
        [EntityType.Percent] = "#d0f4de",
        [EntityType.Quantity] = "#d0f4de",
        [EntityType.Document] = "#ffc6ff",
        [EntityType.Artifact] = "#f1c0e8",
        [EntityType.Misc] = "#cfbaf0",
    };

    private readonly StringBuilder _body = new();
    private int _documents;

    /// <summary>Renders one document into the page.</summary>
    public void Add(string id, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(result);
        _documents++;
        _body.Append("<section class=\"doc\"><h2>").Append(Encode(id)).Append("</h2>\n<div class=\"text\">");
        AppendHighlightedText(result);
        _body.Append("</div>\n");
        AppendEntities(result);
        AppendRelations(result);
        _body.Append("</section>\n");
    }

    /// <summary>Renders a document that could not be processed.</summary>
    public void AddError(string id, string error)
    {
        _documents++;
        _body.Append("<section class=\"doc error\"><h2>").Append(Encode(id)).Append("</h2><p>Error: ")
            .Append(Encode(error)).Append("</p></section>\n");
    }

    /// <summary>Writes the complete page.</summary>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("<!DOCTYPE html>\n<html lang=\"uk\"><head><meta charset=\"utf-8\"><title>Extraction report</title>\n<style>\n");
        writer.Write("body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px;color:#222}");
        writer.Write(".text{line-height:1.9;white-space:pre-wrap;border:1px solid #ddd;padding:1em;border-radius:6px}");
        writer.Write("mark{padding:1px 3px;border-radius:4px}mark sub{font-size:.6em;color:#555;margin-left:2px}");
        writer.Write("table{border-collapse:collapse;margin:.8em 0;width:100%}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}");
        writer.Write(".legend span{display:inline-block;margin:2px 6px 2px 0;padding:2px 6px;border-radius:4px;font-size:.85em}");
        writer.Write(".evidence{color:#555;font-size:.9em}.error{color:#a00}\n");
        writer.Write("</style></head><body>\n<h1>Extraction report</h1>\n<p>");
        writer.Write(_documents.ToString(CultureInfo.InvariantCulture));
        writer.Write(" document(s)</p>\n<div class=\"legend\">");
        foreach (var (type, colour) in Colours)
        {
            writer.Write($"<span style=\"background:{colour}\">{type.ToLabel()}</span>");
        }
        writer.Write("</div>\n");
        writer.Write(_body.ToString());
        writer.Write("</body></html>\n");
    }

    private void AppendHighlightedText(ExtractionResult result)
    {
        string text = result.Text;
        int position = 0;
        foreach (var mention in result.Mentions)
        {
            if (mention.Span.Start < position) continue; // overlapping mention: the first one is shown
            _body.Append(Encode(text[position..mention.Span.Start]));
            _body.Append("<mark style=\"background:").Append(Colours[mention.Type]).Append("\" title=\"")
                .Append(mention.Type.ToLabel()).Append(": ").Append(Encode(mention.Lemma)).Append("\">")
                .Append(Encode(mention.Text)).Append("<sub>").Append(mention.Type.ToLabel()).Append("</sub></mark>");
            position = mention.Span.End;
        }
        _body.Append(Encode(text[position..]));
    }

    private void AppendEntities(ExtractionResult result)
    {
        if (result.Entities.IsEmpty) return;
        _body.Append("<h3>Entities</h3><table><tr><th>id</th><th>type</th><th>name</th><th>English</th><th>kb</th><th>mentions</th></tr>\n");
        foreach (var entity in result.Entities)
        {
            _body.Append("<tr><td>").Append(entity.Id).Append("</td><td><mark style=\"background:").Append(Colours[entity.Type]).Append("\">")
                .Append(entity.Type.ToLabel()).Append("</mark></td><td>").Append(Encode(entity.Name)).Append("</td><td>")
                .Append(Encode(entity.English ?? "")).Append("</td><td>").Append(Encode(entity.Iso ?? entity.KnowledgeBaseId ?? ""))
                .Append("</td><td>").Append(entity.MentionIds.Length).Append("</td></tr>\n");
        }
        _body.Append("</table>\n");
    }

    private void AppendRelations(ExtractionResult result)
    {
        if (result.Relations.IsEmpty) return;
        _body.Append("<h3>Relations</h3><table><tr><th>subject</th><th>predicate</th><th>object</th><th>modality</th><th>confidence</th><th>evidence</th></tr>\n");
        foreach (var relation in result.Relations)
        {
            _body.Append("<tr><td>").Append(Encode(result.FindEntity(relation.SubjectId)?.Name ?? relation.SubjectId))
                .Append("</td><td><b>").Append(relation.Predicate.ToLabel()).Append("</b>");
            foreach (var (key, value) in relation.Arguments)
            {
                if (value is null) continue;
                _body.Append("<br><small>").Append(Encode(key)).Append(": ").Append(Encode(result.FindEntity(value)?.Name ?? value)).Append("</small>");
            }
            _body.Append("</td><td>").Append(Encode(result.FindEntity(relation.ObjectId)?.Name ?? relation.ObjectId))
                .Append("</td><td>").Append(relation.Modality.ToLabel())
                .Append("</td><td>").Append(relation.Confidence.ToString("0.00", CultureInfo.InvariantCulture))
                .Append("</td><td class=\"evidence\">").Append(Encode(relation.Evidence.Substring(result.Text))).Append("</td></tr>\n");
        }
        _body.Append("</table>\n");
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
