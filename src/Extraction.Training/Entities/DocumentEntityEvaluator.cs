using System.Diagnostics;
using Extraction.Entities;
using Extraction.Pipeline;

namespace Extraction.Training.Entities;

/// <summary>
/// Scores the whole pipeline on raw documents, the way users run it: the text goes in untokenized and mentions are
/// matched to the gold spans by exact character offsets and NER-UK type (COUNTRY counts as LOC). WEAPON class phrases
/// (a lower-case first letter: артилерійські снаряди) are not NER-UK entities and are left out; named weapon
/// systems count as ART, as NER-UK annotates them.
/// </summary>
internal static class DocumentEntityEvaluator
{
    public sealed record Result(NerScores Scores, long Characters, TimeSpan Elapsed, IReadOnlyList<List<LabeledSpan>> Predicted);

    public static Result Evaluate(Extractor extractor, IReadOnlyList<BratDocument> documents)
    {
        var scores = new NerScores();
        var predicted = new List<List<LabeledSpan>>(documents.Count);
        long characters = 0;
        var clock = Stopwatch.StartNew();
        foreach (var document in documents)
        {
            var result = extractor.Extract(document.Text);
            var spans = new List<LabeledSpan>();
            foreach (var mention in result.Mentions)
            {
                if (mention.Type == EntityType.Weapon && mention.Text.Length > 0 && char.IsLower(mention.Text[0])) continue;
                spans.Add(new LabeledSpan(mention.Span.Start, mention.Span.End, NerUkTypes.ToNerUk(mention.Type)));
            }
            scores.Add(document.Spans, spans);
            predicted.Add(spans);
            characters += document.Text.Length;
        }
        clock.Stop();
        return new Result(scores, characters, clock.Elapsed, predicted);
    }

    /// <summary>Writes each document's missed and wrong spans with a little context, for error analysis.</summary>
    public static void WriteErrors(TextWriter output, IReadOnlyList<BratDocument> documents, Result result)
    {
        for (int i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var gold = document.Spans.ToHashSet();
            var predicted = result.Predicted[i].ToHashSet();
            if (gold.SetEquals(predicted)) continue;
            output.WriteLine($"# {document.Id}");
            foreach (var g in gold.Except(predicted).OrderBy(s => s.Start)) output.WriteLine($"  missed {g.Type}: {Excerpt(document.Text, g)}");
            foreach (var p in predicted.Except(gold).OrderBy(s => s.Start)) output.WriteLine($"  wrong  {p.Type}: {Excerpt(document.Text, p)}");
        }
    }

    private static string Excerpt(string text, LabeledSpan span)
    {
        int before = Math.Max(0, span.Start - 30), after = Math.Min(text.Length, span.End + 30);
        return $"{text[before..span.Start]}[{text[span.Start..span.End]}]{text[span.End..after]}".ReplaceLineEndings(" ");
    }
}
