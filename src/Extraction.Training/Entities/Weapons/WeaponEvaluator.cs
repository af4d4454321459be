using System.Diagnostics;
using System.Text.Json;
using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Text;
using Extraction.Training.Annotations;
using Extraction.Training.Evaluation;

namespace Extraction.Training.Entities.Weapons;

/// <summary>One article's gold and predicted WEAPON spans.</summary>
/// <param name="DocumentId">The article id.</param>
/// <param name="Text">The article text.</param>
/// <param name="Gold">Gold mentions.</param>
/// <param name="Predicted">Predicted spans with their kinds.</param>
internal sealed record WeaponDocumentResult(
    string DocumentId, string Text, IReadOnlyList<WeaponMention> Gold, IReadOnlyList<(TextSpan Span, WeaponKind Kind)> Predicted);

/// <summary>Strict span scores of the WEAPON recognizer: overall and per kind (a kind's match needs the same span and both kinds equal to it).</summary>
/// <param name="Overall">All mentions, span-exact, kind ignored.</param>
/// <param name="Systems">Named systems.</param>
/// <param name="Classes">Class phrases.</param>
/// <param name="Documents">Per-article results, for error listings.</param>
/// <param name="Characters">Characters processed.</param>
/// <param name="Elapsed">Time of the whole pipeline over the articles.</param>
/// <param name="WeaponStageTime">Time of the weapon stage alone.</param>
internal sealed record WeaponEvaluation(
    PrecisionRecall Overall, PrecisionRecall Systems, PrecisionRecall Classes, IReadOnlyList<WeaponDocumentResult> Documents,
    long Characters, TimeSpan Elapsed, TimeSpan WeaponStageTime);

/// <summary>
/// Runs the pipeline (tokenizer, morphology, statistical entity tagger, weapon stage) over the gold articles of one
/// split and compares the WEAPON mentions with the standoff gold set (<see cref="WeaponAnnotations"/>).
/// </summary>
internal static class WeaponEvaluator
{
    /// <summary>Reads the <c>text</c> of the given article ids from a news JSONL file.</summary>
    public static Dictionary<string, string> ReadTexts(string jsonlPath, IReadOnlySet<string> ids)
    {
        ArgumentNullException.ThrowIfNull(jsonlPath);
        ArgumentNullException.ThrowIfNull(ids);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(jsonlPath))
        {
            if (line.Length == 0) continue;
            using var json = JsonDocument.Parse(line);
            string? id = json.RootElement.GetProperty("id").GetString();
            if (id is not null && ids.Contains(id)) texts[id] = json.RootElement.GetProperty("text").GetString() ?? "";
        }
        return texts;
    }

    /// <summary>Scores the articles of <paramref name="split"/>.</summary>
    /// <param name="gold">The gold set.</param>
    /// <param name="split">Which articles to score.</param>
    /// <param name="texts">Article texts by id.</param>
    /// <param name="withTagger">Run the statistical entity tagger before the weapon stage (as the default pipeline does).</param>
    public static WeaponEvaluation Evaluate(WeaponAnnotations gold, AnnotationSplit split, IReadOnlyDictionary<string, string> texts, bool withTagger = true)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(texts);
        var stages = new List<IExtractionStage> { new TokenizeStage(false), MorphologyStage.CreateDefault() };
        if (withTagger) stages.Add(new EntityStage(EntityTagger.Default));
        var weaponStage = WeaponStage.CreateDefault();

        var overall = default(PrecisionRecall);
        var systems = default(PrecisionRecall);
        var classes = default(PrecisionRecall);
        var results = new List<WeaponDocumentResult>();
        long characters = 0;
        var total = Stopwatch.StartNew();
        var weaponTime = new Stopwatch();
        foreach (var doc in gold.Documents)
        {
            if (doc.Split != split) continue;
            if (!texts.TryGetValue(doc.DocumentId, out string? text))
                throw new InvalidDataException($"Article {doc.DocumentId} is not in the news corpus.");
            if (text.Length != doc.AnnotatedChars)
                throw new InvalidDataException($"Article {doc.DocumentId} has {text.Length} characters, the gold set expects {doc.AnnotatedChars}.");
            characters += text.Length;
            var analysis = new AnalysisDocument(text);
            foreach (var stage in stages) stage.Process(analysis, CancellationToken.None);
            var kinds = new Dictionary<TextSpan, WeaponKind>();
            weaponTime.Start();
            weaponStage.Process(analysis, CancellationToken.None, kinds);
            weaponTime.Stop();

            var predicted = analysis.Mentions.Where(m => m.Type == EntityType.Weapon)
                .Select(m => (m.Span, kinds.TryGetValue(m.Span, out var k) ? k : WeaponKind.Class)).ToList();
            var goldMentions = gold.MentionsOf(doc.DocumentId);
            results.Add(new WeaponDocumentResult(doc.DocumentId, text, goldMentions, predicted));

            var goldKinds = goldMentions.ToDictionary(g => g.Span, g => g.Kind == WeaponMentionKind.System ? WeaponKind.System : WeaponKind.Class);
            int matched = predicted.Count(p => goldKinds.ContainsKey(p.Span));
            overall += new PrecisionRecall(goldMentions.Count, predicted.Count, matched);
            systems += Count(goldKinds, predicted, WeaponKind.System);
            classes += Count(goldKinds, predicted, WeaponKind.Class);
        }
        total.Stop();
        return new WeaponEvaluation(overall, systems, classes, results, characters, total.Elapsed, weaponTime.Elapsed);
    }

    private static PrecisionRecall Count(Dictionary<TextSpan, WeaponKind> gold, List<(TextSpan Span, WeaponKind Kind)> predicted, WeaponKind kind) =>
        new(gold.Count(g => g.Value == kind),
            predicted.Count(p => p.Kind == kind),
            predicted.Count(p => p.Kind == kind && gold.TryGetValue(p.Span, out var g) && g == kind));

    /// <summary>Writes the missed (-) and spurious (+) mentions of every article with a little context.</summary>
    public static void WriteErrors(TextWriter writer, WeaponEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(evaluation);
        foreach (var doc in evaluation.Documents)
        {
            var predicted = doc.Predicted.Select(p => p.Span).ToHashSet();
            var gold = doc.Gold.Select(g => g.Span).ToHashSet();
            var lines = new List<(int, string)>();
            foreach (var g in doc.Gold.Where(g => !predicted.Contains(g.Span)))
                lines.Add((g.Span.Start, $"- {g.Kind.ToString().ToLowerInvariant(),-6} {Context(doc.Text, g.Span)}"));
            foreach (var p in doc.Predicted.Where(p => !gold.Contains(p.Span)))
                lines.Add((p.Span.Start, $"+ {p.Kind.ToString().ToLowerInvariant(),-6} {Context(doc.Text, p.Span)}"));
            if (lines.Count == 0) continue;
            writer.WriteLine($"## {doc.DocumentId}");
            foreach (var (_, line) in lines.OrderBy(l => l.Item1)) writer.WriteLine(line);
        }
    }

    private static string Context(string text, TextSpan span)
    {
        int from = Math.Max(0, span.Start - 40), to = Math.Min(text.Length, span.End + 30);
        return (text[from..span.Start] + "[[" + text[span.Start..span.End] + "]]" + text[span.End..to]).ReplaceLineEndings(" ");
    }
}
