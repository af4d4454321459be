using Extraction.Morphology;
using Extraction.Pipeline;
using Extraction.Text;

namespace Extraction.Training.Morphology;

/// <summary>Accuracy of lemmas and parts of speech on gold-tokenized sentences.</summary>
internal sealed record MorphologyScores(
    int Words, int LemmaCorrect, int LemmaCorrectIgnoringCase, int PosCorrect,
    int All, int LemmaCorrectAll, int PosCorrectAll, int Unknown, int UnknownLemmaCorrect)
{
    public double LemmaAccuracy => Ratio(LemmaCorrect, Words);
    public double LemmaAccuracyIgnoringCase => Ratio(LemmaCorrectIgnoringCase, Words);
    public double PosAccuracy => Ratio(PosCorrect, Words);
    public double LemmaAccuracyAll => Ratio(LemmaCorrectAll, All);
    public double PosAccuracyAll => Ratio(PosCorrectAll, All);
    public double UnknownLemmaAccuracy => Ratio(UnknownLemmaCorrect, Unknown);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    public string Format(string title) =>
        $"{title}\n" +
        $"  words (punctuation excluded): {Words:N0}\n" +
        $"    lemma accuracy            {LemmaAccuracy:P2}  (ignoring letter case {LemmaAccuracyIgnoringCase:P2})\n" +
        $"    UPOS accuracy             {PosAccuracy:P2}\n" +
        $"    unknown to the lexicon    {Unknown:N0} ({Ratio(Unknown, Words):P1}); their lemma accuracy {UnknownLemmaAccuracy:P2}\n" +
        $"  all tokens (with punctuation): {All:N0}\n" +
        $"    lemma accuracy            {LemmaAccuracyAll:P2}\n" +
        $"    UPOS accuracy             {PosAccuracyAll:P2}";
}

/// <summary>Runs the morphology stage over gold tokens and compares.</summary>
internal static class MorphologyEvaluator
{
    /// <summary>Scores BRUK sentences (gold VESUM tags mapped to UD with the same mapping the model uses).</summary>
    public static MorphologyScores EvaluateBruk(MorphologyTagger tagger, IEnumerable<GoldSentence> sentences, TextWriter? errors = null) =>
        Evaluate(tagger, sentences.Select(s => s.Tokens), errors, gold =>
        {
            if (gold.Tags == "punct") return (UniversalPos.PUNCT, true);
            var tag = VesumTags.Decode(VesumTags.Normalize(gold.Tags, BrukCorpus.NormalizeApostrophes(gold.Lemma)));
            return (tag.Pos, false);
        });

    /// <summary>Scores UD sentences (the third column holds the gold UPOS).</summary>
    public static MorphologyScores EvaluateUd(MorphologyTagger tagger, IEnumerable<GoldToken[]> sentences, TextWriter? errors = null) =>
        Evaluate(tagger, sentences, errors, gold =>
        {
            var pos = Enum.TryParse<UniversalPos>(gold.Tags, out var parsed) ? parsed : UniversalPos.X;
            return (pos, pos == UniversalPos.PUNCT);
        });

    private static MorphologyScores Evaluate(MorphologyTagger tagger, IEnumerable<GoldToken[]> sentences, TextWriter? errors, Func<GoldToken, (UniversalPos Pos, bool Punctuation)> goldOf)
    {
        var workspace = new TaggerWorkspace();
        int words = 0, lemma = 0, lemmaCase = 0, pos = 0, all = 0, lemmaAll = 0, posAll = 0, unknown = 0, unknownLemma = 0;
        foreach (var gold in sentences)
        {
            Token[] tokens = BrukCorpus.ToTokens(gold);
            MorphologyStage.Annotate(tagger, tokens, workspace);
            for (int i = 0; i < tokens.Length; i++)
            {
                var (goldPos, punctuation) = goldOf(gold[i]);
                string goldLemma = BrukCorpus.NormalizeApostrophes(gold[i].Lemma);
                bool lemmaOk = string.Equals(tokens[i].Lemma, goldLemma, StringComparison.Ordinal);
                bool posOk = tokens[i].Pos == goldPos;
                all++;
                if (lemmaOk) lemmaAll++;
                if (posOk) posAll++;
                if (punctuation) continue;
                words++;
                if (errors is not null && (!lemmaOk || !posOk))
                {
                    errors.WriteLine($"{tokens[i].Text}\t{goldLemma}\t{tokens[i].Lemma}\t{goldPos}\t{tokens[i].Pos}\t{(workspace.Segments[i].Known ? "known" : "unknown")}\t{gold[i].Tags}");
                }
                if (lemmaOk) lemma++;
                if (string.Equals(tokens[i].Lemma, goldLemma, StringComparison.OrdinalIgnoreCase)) lemmaCase++;
                if (posOk) pos++;
                if (!workspace.Segments[i].Known)
                {
                    unknown++;
                    if (lemmaOk) unknownLemma++;
                }
            }
        }
        return new MorphologyScores(words, lemma, lemmaCase, pos, all, lemmaAll, posAll, unknown, unknownLemma);
    }
}
