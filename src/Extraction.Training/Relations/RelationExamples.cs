using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Relations;
using Extraction.Text;
using Extraction.Training.Annotations;

namespace Extraction.Training.Relations;

/// <summary>One candidate pair with its gold class and hashed features.</summary>
/// <param name="DocId">The article, so folds never split one.</param>
/// <param name="Label">NONE or a class label such as <c>ATTACKS&gt;</c>.</param>
/// <param name="Features">Hashed feature indices (repeats allowed).</param>
internal sealed record RelationExample(string DocId, string Label, int[] Features);

/// <summary>Builds training examples exactly the way the run-time extractor enumerates pairs.</summary>
internal static class RelationExamples
{
    /// <summary>The examples of one article whose document already holds its mentions and entities.</summary>
    public static List<RelationExample> Build(RelationArticle article, AnalysisDocument document, IStateLexicon states, int hashBits)
    {
        var examples = new List<RelationExample>();
        var finder = new ArgumentFinder(document, states);
        var features = new List<int>();
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            var (arguments, _) = finder.Find(s);
            for (int i = 0; i < arguments.Count; i++)
            {
                var a = arguments[i];
                for (int j = i + 1; j < arguments.Count; j++)
                {
                    var b = arguments[j];
                    if (b.FirstToken - a.EndToken > RelationExtractor.MaxPairDistance) break;
                    if (b.FirstToken < a.EndToken) continue;
                    if (a.EntityIndex >= 0 && a.EntityIndex == b.EntityIndex) continue;
                    features.Clear();
                    RelationFeatures.Extract(tokens, sentence, arguments, a, b, hashBits, features);
                    examples.Add(new RelationExample(article.Id, LabelOf(article, a, b), [.. features]));
                }
            }
        }
        return examples;
    }

    /// <summary>The gold class of the pair: a predicate with its direction, NONE when no gold row links the two spans.</summary>
    public static string LabelOf(RelationArticle article, ArgumentCandidate a, ArgumentCandidate b)
    {
        string? best = null;
        foreach (var r in article.Gold)
        {
            string? label = null;
            if (r.Subject == a.Span && r.Object == b.Span) label = r.Predicate.ToLabel() + ">";
            else if (r.Subject == b.Span && r.Object == a.Span) label = r.Predicate.ToLabel() + (RelationSignatures.IsSymmetric(r.Predicate) ? ">" : "<");
            if (label is null) continue;
            if (best is null || best.StartsWith("POSSESSES", StringComparison.Ordinal)) best = label;
        }
        return best ?? RelationModel.NoneLabel;
    }
}
