using System.Globalization;
using System.Text;
using Extraction.Pipeline;
using Extraction.Relations;
using Extraction.Text;
using Extraction.Training.Annotations;
using Extraction.Training.Evaluation;

namespace Extraction.Training.Relations;

/// <summary>A predicted triple with the spans its two entities cover.</summary>
/// <param name="Predicate">The predicate.</param>
/// <param name="SubjectAnchor">The words that expressed the subject.</param>
/// <param name="ObjectAnchor">The words that expressed the object.</param>
/// <param name="SubjectSpans">Spans of every mention of the subject entity.</param>
/// <param name="ObjectSpans">Spans of every mention of the object entity.</param>
/// <param name="Modality">The predicted modality.</param>
/// <param name="Evidence">The evidence sentence.</param>
internal sealed record PredictedTriple(
    Predicate Predicate, TextSpan SubjectAnchor, TextSpan ObjectAnchor,
    IReadOnlySet<TextSpan> SubjectSpans, IReadOnlySet<TextSpan> ObjectSpans, Modality Modality, TextSpan Evidence);

/// <summary>
/// Scores predicted triples against the gold set. A prediction matches a gold row when the predicates are equal and
/// each predicted entity contains the gold argument span (a mention of it, the words the triple was read from, or
/// the gold pronoun's antecedent); symmetric predicates match in either direction. Matching is one-to-one,
/// same-sentence pairs first.
/// </summary>
internal sealed class RelationEvaluator
{
    private readonly Dictionary<Predicate, (int Gold, int Predicted, int Matched)> _byPredicate = [];
    private int _modalityMatched;
    private int _modalityCorrect;

    /// <summary>Micro-averaged precision and recall over every predicate.</summary>
    public PrecisionRecall Total => new(
        _byPredicate.Values.Sum(v => v.Gold), _byPredicate.Values.Sum(v => v.Predicted), _byPredicate.Values.Sum(v => v.Matched));

    /// <summary>Share of matched triples whose modality is right.</summary>
    public double ModalityAccuracy => _modalityMatched == 0 ? 0 : (double)_modalityCorrect / _modalityMatched;

    /// <summary>Predicted triples of a document processed by the relation extractor directly.</summary>
    public static List<PredictedTriple> FromDocument(AnalysisDocument document)
    {
        var spans = document.Entities.Select(e => (IReadOnlySet<TextSpan>)e.MentionIndices.Select(m => document.Mentions[m].Span).ToHashSet()).ToList();
        return document.Relations.Select(r => new PredictedTriple(
            r.Predicate, r.Anchors.Subject, r.Anchors.Object, spans[r.SubjectEntity], spans[r.ObjectEntity], r.Modality, r.Evidence)).ToList();
    }

    /// <summary>Predicted triples of a frozen pipeline result.</summary>
    public static List<PredictedTriple> FromResult(ExtractionResult result)
    {
        var mentionSpan = result.Mentions.ToDictionary(m => m.Id, m => m.Span);
        var spans = result.Entities.ToDictionary(e => e.Id, e => (IReadOnlySet<TextSpan>)e.MentionIds.Select(id => mentionSpan[id]).ToHashSet());
        return result.Relations.Select(r => new PredictedTriple(
            r.Predicate, r.SubjectAnchor, r.ObjectAnchor, spans[r.SubjectId], spans[r.ObjectId], r.Modality, r.Evidence)).ToList();
    }

    /// <summary>Lenient diagnostic: a predicted entity mention that merely overlaps the gold span counts (separates boundary errors).</summary>
    public bool Overlap { get; init; }

    /// <summary>When set, unmatched gold rows and predictions are written here (for error analysis on train folds).</summary>
    public TextWriter? Errors { get; set; }

    /// <summary>Adds one article's gold rows and predictions.</summary>
    public void Add(IReadOnlyList<RelationAnnotation> gold, IReadOnlyList<PredictedTriple> predicted, string? text = null)
    {
        foreach (var g in gold) Bump(g.Predicate, gold: 1);
        foreach (var p in predicted) Bump(p.Predicate, predicted: 1);
        var used = new bool[predicted.Count];
        var matched = new bool[gold.Count];
        for (int pass = 0; pass < 2; pass++)
        {
            for (int gi = 0; gi < gold.Count; gi++)
            {
                if (matched[gi]) continue;
                var g = gold[gi];
                for (int pi = 0; pi < predicted.Count; pi++)
                {
                    var p = predicted[pi];
                    if (used[pi] || p.Predicate != g.Predicate) continue;
                    if (pass == 0 && !p.Evidence.Overlaps(g.Evidence)) continue;
                    if (!Matches(g, p)) continue;
                    used[pi] = matched[gi] = true;
                    Bump(g.Predicate, matched: 1);
                    _modalityMatched++;
                    if (p.Modality == g.Modality) _modalityCorrect++;
                    else if (Errors is not null && text is not null) Errors.WriteLine($"MODALITY {g.Modality.ToLabel()}->{p.Modality.ToLabel()} {g.Predicate.ToLabel()} [{g.Subject.Substring(text)}] -> [{g.Object.Substring(text)}] :: {g.Evidence.Substring(text)}");
                    break;
                }
            }
        }
        if (Errors is null || text is null) return;
        for (int gi = 0; gi < gold.Count; gi++)
        {
            var g = gold[gi];
            if (!matched[gi]) Errors.WriteLine($"MISS {g.Predicate.ToLabel()} [{g.Subject.Substring(text)}] -> [{g.Object.Substring(text)}] :: {g.Evidence.Substring(text)}");
        }
        for (int pi = 0; pi < predicted.Count; pi++)
        {
            var p = predicted[pi];
            if (!used[pi]) Errors.WriteLine($"FALSE {p.Predicate.ToLabel()} [{p.SubjectAnchor.Substring(text)}] -> [{p.ObjectAnchor.Substring(text)}] :: {p.Evidence.Substring(text)}");
        }
    }

    /// <summary>A per-predicate Markdown table followed by the micro-averaged line.</summary>
    public string Format(string title)
    {
        var text = new StringBuilder();
        text.AppendLine(title);
        text.AppendLine("| predicate | gold | predicted | matched | precision | recall | F1 |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (predicate, v) in _byPredicate.OrderBy(p => p.Key))
        {
            var pr = new PrecisionRecall(v.Gold, v.Predicted, v.Matched);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {predicate.ToLabel()} | {v.Gold} | {v.Predicted} | {v.Matched} | {pr.Precision:F3} | {pr.Recall:F3} | {pr.F1:F3} |");
        }
        var total = Total;
        text.AppendLine(CultureInfo.InvariantCulture, $"| **micro** | {total.Gold} | {total.Predicted} | {total.Matched} | {total.Precision:F3} | {total.Recall:F3} | **{total.F1:F3}** |");
        text.AppendLine(CultureInfo.InvariantCulture, $"Modality accuracy on {_modalityMatched} matched triples: {ModalityAccuracy:F3}");
        return text.ToString();
    }

    private bool Matches(RelationAnnotation g, PredictedTriple p)
    {
        bool forward = Side(p.SubjectAnchor, p.SubjectSpans, g.Subject, g.SpanArguments.GetValueOrDefault("subj_ref"))
            && Side(p.ObjectAnchor, p.ObjectSpans, g.Object, g.SpanArguments.GetValueOrDefault("obj_ref"));
        if (forward || !RelationSignatures.IsSymmetric(g.Predicate)) return forward;
        return Side(p.ObjectAnchor, p.ObjectSpans, g.Subject, g.SpanArguments.GetValueOrDefault("subj_ref"))
            && Side(p.SubjectAnchor, p.SubjectSpans, g.Object, g.SpanArguments.GetValueOrDefault("obj_ref"));
    }

    private bool Side(TextSpan anchor, IReadOnlySet<TextSpan> spans, TextSpan gold, TextSpan antecedent) =>
        Covers(anchor, spans, gold) || (!antecedent.IsEmpty && Covers(anchor, spans, antecedent));

    private bool Covers(TextSpan anchor, IReadOnlySet<TextSpan> spans, TextSpan gold) =>
        anchor == gold || spans.Contains(gold) || (Overlap && (anchor.Overlaps(gold) || spans.Any(s => s.Overlaps(gold))));

    private void Bump(Predicate predicate, int gold = 0, int predicted = 0, int matched = 0)
    {
        var v = _byPredicate.GetValueOrDefault(predicate);
        _byPredicate[predicate] = (v.Gold + gold, v.Predicted + predicted, v.Matched + matched);
    }
}
