using System.Globalization;
using Extraction.Morphology;
using Extraction.Pipeline;
using Extraction.Text;
using Extraction.Training.Ud;

namespace Extraction.Training.Evaluation;

/// <summary>What the evaluator measured.</summary>
/// <param name="Documents">Number of documents run.</param>
/// <param name="Tokens">Span-exact token counts.</param>
/// <param name="Sentences">Span-exact sentence counts.</param>
/// <param name="LemmaChecked">Span-matched single-word tokens that had a predicted lemma.</param>
/// <param name="LemmaCorrect">Of those, how many lemmas equal the gold lemma.</param>
/// <param name="PosChecked">Span-matched single-word tokens compared on UPOS (only when morphology ran).</param>
/// <param name="PosCorrect">Of those, how many UPOS tags equal the gold tag.</param>
/// <param name="TokenErrors">Examples of token mismatches: gold tokens and predicted tokens over the same stretch.</param>
/// <param name="SentenceErrors">Examples of sentence mismatches.</param>
public sealed record TokenizationReport(
    int Documents,
    PrecisionRecall Tokens,
    PrecisionRecall Sentences,
    int LemmaChecked,
    int LemmaCorrect,
    int PosChecked,
    int PosCorrect,
    IReadOnlyList<string> TokenErrors,
    IReadOnlyList<string> SentenceErrors)
{
    /// <summary>Lemma accuracy on span-matched tokens, or null when morphology did not run.</summary>
    public double? LemmaAccuracy => LemmaChecked == 0 ? null : (double)LemmaCorrect / LemmaChecked;

    /// <summary>UPOS accuracy on span-matched tokens, or null when morphology did not run.</summary>
    public double? PosAccuracy => PosChecked == 0 ? null : (double)PosCorrect / PosChecked;
}

/// <summary>
/// Runs a full <see cref="Extractor"/> over raw text rebuilt from gold CoNLL-U and scores its tokens and sentences
/// span-exactly; when a later stage fills <see cref="Token.Lemma"/> and <see cref="Token.Pos"/>, also scores them
/// on the span-matched tokens.
/// </summary>
public static class TokenizationEvaluator
{
    /// <summary>Evaluates <paramref name="extractor"/> on <paramref name="documents"/>.</summary>
    /// <param name="extractor">The extractor to run (its later stages are picked up automatically).</param>
    /// <param name="documents">Gold documents.</param>
    /// <param name="maxErrors">How many mismatch examples of each kind to keep.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TokenizationReport Evaluate(Extractor extractor, IReadOnlyList<ConlluDocument> documents, int maxErrors = 0)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(documents);
        var tokens = default(PrecisionRecall);
        var sentences = default(PrecisionRecall);
        int lemmaChecked = 0, lemmaCorrect = 0, posChecked = 0, posCorrect = 0;
        var tokenErrors = new List<string>();
        var sentenceErrors = new List<string>();

        foreach (var document in documents)
        {
            var result = extractor.Extract(document.Text);
            var predicted = result.Tokens;
            var goldByStart = new Dictionary<TextSpan, ConlluToken>(document.Tokens.Count);
            foreach (var gold in document.Tokens) goldByStart[gold.Span] = gold.Token;

            int matched = 0;
            foreach (var token in predicted)
            {
                if (!goldByStart.TryGetValue(token.Span, out var gold)) continue;
                matched++;
                if (gold.Words.Count != 1 || token.Lemma is null) continue;
                var word = gold.Words[0];
                lemmaChecked++;
                if (string.Equals(Normalize(token.Lemma), Normalize(word.Lemma), StringComparison.Ordinal)) lemmaCorrect++;
                posChecked++;
                if (string.Equals(token.Pos.ToString(), word.Upos, StringComparison.Ordinal)) posCorrect++;
            }
            tokens += new PrecisionRecall(document.Tokens.Count, predicted.Length, matched);
            if (tokenErrors.Count < maxErrors) CollectTokenErrors(document, predicted, tokenErrors, maxErrors);

            var goldSentences = new HashSet<TextSpan>(document.Sentences);
            int sentenceMatched = 0;
            foreach (var sentence in result.Sentences)
            {
                if (goldSentences.Contains(sentence.Span)) sentenceMatched++;
            }
            sentences += new PrecisionRecall(document.Sentences.Count, result.Sentences.Length, sentenceMatched);
            if (sentenceErrors.Count < maxErrors) CollectSentenceErrors(document, result.Sentences, sentenceErrors, maxErrors);
        }
        return new TokenizationReport(documents.Count, tokens, sentences, lemmaChecked, lemmaCorrect, posChecked, posCorrect, tokenErrors, sentenceErrors);
    }

    private static string Normalize(string lemma) => Extraction.Tokenization.TokenNormalizer.Normalize(lemma);

    // Walks gold and predicted tokens together; each stretch where their boundaries disagree becomes one example.
    private static void CollectTokenErrors(ConlluDocument document, IReadOnlyList<Token> predicted, List<string> errors, int max)
    {
        int g = 0, p = 0;
        var gold = document.Tokens;
        while (g < gold.Count && p < predicted.Count && errors.Count < max)
        {
            if (gold[g].Span == predicted[p].Span)
            {
                g++;
                p++;
                continue;
            }
            int start = Math.Min(gold[g].Span.Start, predicted[p].Span.Start);
            int gi = g, pi = p;
            int goldEnd = gold[gi].Span.End, predEnd = predicted[pi].Span.End;
            while (goldEnd != predEnd && gi < gold.Count && pi < predicted.Count)
            {
                if (goldEnd < predEnd) { if (++gi < gold.Count) goldEnd = gold[gi].Span.End; }
                else { if (++pi < predicted.Count) predEnd = predicted[pi].Span.End; }
            }
            var goldForms = new List<string>();
            for (int k = g; k <= Math.Min(gi, gold.Count - 1); k++) goldForms.Add(gold[k].Span.Substring(document.Text));
            var predForms = new List<string>();
            for (int k = p; k <= Math.Min(pi, predicted.Count - 1); k++) predForms.Add(predicted[k].Text);
            int contextStart = Math.Max(0, start - 20);
            int contextEnd = Math.Min(document.Text.Length, Math.Max(goldEnd, predEnd) + 20);
            errors.Add(string.Create(CultureInfo.InvariantCulture,
                $"gold [{string.Join(" | ", goldForms)}]  predicted [{string.Join(" | ", predForms)}]  in: {document.Text[contextStart..contextEnd].ReplaceLineEndings("⏎")}"));
            g = gi + 1;
            p = pi + 1;
        }
    }

    private static void CollectSentenceErrors(ConlluDocument document, IReadOnlyList<Sentence> predicted, List<string> errors, int max)
    {
        var predictedEnds = new HashSet<int>();
        foreach (var s in predicted) predictedEnds.Add(s.Span.End);
        var goldEnds = new HashSet<int>();
        foreach (var s in document.Sentences) goldEnds.Add(s.End);
        foreach (var s in document.Sentences)
        {
            if (errors.Count >= max) return;
            if (!predictedEnds.Contains(s.End) && s.End < document.Text.Length)
            {
                errors.Add("missed boundary: " + Context(document.Text, s.End));
            }
        }
        foreach (var s in predicted)
        {
            if (errors.Count >= max) return;
            if (!goldEnds.Contains(s.Span.End)) errors.Add("extra boundary:  " + Context(document.Text, s.Span.End));
        }
    }

    private static string Context(string text, int at)
    {
        int from = Math.Max(0, at - 50);
        int to = Math.Min(text.Length, at + 40);
        return (text[from..at] + " ‖ " + text[at..to]).ReplaceLineEndings("⏎");
    }
}
