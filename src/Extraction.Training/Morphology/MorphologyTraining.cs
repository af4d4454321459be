using System.Diagnostics;
using Extraction.Morphology;

namespace Extraction.Training.Morphology;

/// <summary>Paths of the data the morphology model is built from.</summary>
internal sealed record MorphologyDataPaths(string Corpus, string Documents, string? PersonNames, string? GeoNames, string? Hunspell)
{
    /// <summary>The standard files under a data folder (the repo's ../shared/data).</summary>
    public static MorphologyDataPaths Under(string dataRoot) => new(
        Path.Combine(dataRoot, "morphology", "bruk-tagged", "bruk-disambig.tsv.gz"),
        Path.Combine(dataRoot, "morphology", "bruk-tagged", "bruk-disambig-docs.tsv"),
        Path.Combine(dataRoot, "gazetteers", "person-names-vesum.tsv"),
        Path.Combine(dataRoot, "gazetteers", "geo-names-vesum.tsv"),
        Path.Combine(dataRoot, "morphology", "hunspell-uk", "uk_UA.dic"));
}

/// <summary>
/// Builds <c>morphology.bin</c>: lexicon and guesser from BRUK training documents (never dev or test), name lists
/// for the guesser, and the perceptron trained on training documents with the epoch count chosen on dev.
/// </summary>
internal static class MorphologyTraining
{
    public const int WeightBits = 20;

    public static MorphologyModel Train(MorphologyDataPaths paths, int maxEpochs, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var sentences = BrukCorpus.Read(paths.Corpus, paths.Documents);
        var train = sentences.Where(s => s.Split == "train").ToList();
        var dev = sentences.Where(s => s.Split == "dev").ToList();
        log.WriteLine($"BRUK: {train.Count:N0} train and {dev.Count:N0} dev sentences ({clock.Elapsed.TotalSeconds:F1} s).");

        var builder = new MorphologyModelBuilder();
        foreach (var sentence in train)
        {
            foreach (var token in sentence.Tokens) builder.AddToken(token.Form, token.Lemma, token.Tags);
        }
        int names = NameLists.AddTo(builder, paths.PersonNames, paths.GeoNames);
        int stems = 0;
        string? affix = paths.Hunspell is null ? null : Path.ChangeExtension(paths.Hunspell, ".aff");
        if (paths.Hunspell is not null && File.Exists(paths.Hunspell) && File.Exists(affix))
        {
            stems = builder.AddHunspell(affix, paths.Hunspell);
        }
        log.WriteLine($"Hunspell stems known as lemmas: {stems:N0}.");
        log.WriteLine($"Name-list lemmas for the guesser: {names:N0}.");

        var baseModel = builder.Build(new float[1 << WeightBits]);
        log.WriteLine($"Lexicon: {baseModel.Forms.Count:N0} forms, {baseModel.AnalysisRule.Length:N0} analyses, {baseModel.Tags.Length:N0} tags, " +
                      $"{baseModel.RuleCut.Length:N0} lemma rules, {baseModel.Suffixes.Count:N0} guesser suffixes, {baseModel.GenerationKeys.Count:N0} generator keys.");

        var tagger = new MorphologyTagger(baseModel);
        var trainSet = train.Select(s => Prepare(builder, s)).ToList();
        var trainer = new TaggerTrainer(1 << WeightBits);
        var random = new Random(12345);
        float[] best = new float[1 << WeightBits];
        double bestDev = -1;
        for (int epoch = 1; epoch <= maxEpochs; epoch++)
        {
            double error = trainer.Epoch(tagger, trainSet, random);
            var averaged = trainer.Averaged();
            var scores = MorphologyEvaluator.EvaluateBruk(new MorphologyTagger(baseModel.WithWeights(averaged)), dev);
            log.WriteLine($"epoch {epoch}: train error on ambiguous {error:P2}; dev UPOS {scores.PosAccuracy:P2}, lemma {scores.LemmaAccuracy:P2} ({clock.Elapsed.TotalSeconds:F0} s)");
            double devScore = scores.PosAccuracy + scores.LemmaAccuracy;
            if (devScore > bestDev)
            {
                bestDev = devScore;
                best = averaged;
            }
        }
        return baseModel.WithWeights(best);
    }

    private static TrainingSentence Prepare(MorphologyModelBuilder builder, GoldSentence sentence)
    {
        var tokens = BrukCorpus.ToTokens(sentence.Tokens);
        var gold = new int[tokens.Length];
        var unseen = new bool[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            var token = sentence.Tokens[i];
            string tags = token.Tags is "punct" or "number" or "symb"
                ? token.Tags
                : VesumTags.Normalize(token.Tags, BrukCorpus.NormalizeApostrophes(token.Lemma));
            gold[i] = builder.FindTag(tags);
            // Words seen once stand in for unknown words, so the weights learn to rank guesses too.
            unseen[i] = builder.FormCount(WordAnalyzer.ToLookupForm(token.Form)) <= 1;
        }
        return new TrainingSentence(tokens, gold, unseen);
    }
}

/// <summary>Feeds the VESUM person- and place-name lemmas to the guesser as nominative examples.</summary>
internal static class NameLists
{
    public static int AddTo(MorphologyModelBuilder builder, string? personNames, string? geoNames)
    {
        int added = 0;
        if (personNames is not null && File.Exists(personNames))
        {
            foreach (var line in File.ReadLines(personNames).Skip(1))
            {
                var c = line.Split('\t');
                if (c.Length < 3 || c[0].Contains(' ')) continue;
                string type = c[1] == "fname" ? "fname" : "lname";
                foreach (var gender in c[2].Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (gender is not ("m" or "f")) continue;
                    builder.AddGuesserExample(c[0], c[0], $"noun:anim:{gender}:v_naz:prop:{type}");
                    builder.AddKnownLemma(c[0]);
                    added++;
                }
            }
        }
        if (geoNames is not null && File.Exists(geoNames))
        {
            foreach (var line in File.ReadLines(geoNames).Skip(1))
            {
                var c = line.Split('\t');
                if (c.Length < 3 || c[0].Contains(' ')) continue;
                string paradigm = c[2];
                string? tags = paradigm.StartsWith("np", StringComparison.Ordinal) ? "noun:inanim:p:v_naz:ns:prop:geo"
                    : paradigm.StartsWith("n2adj", StringComparison.Ordinal) ? null
                    : paradigm.StartsWith("n2n", StringComparison.Ordinal) ? "noun:inanim:n:v_naz:prop:geo"
                    : paradigm.StartsWith("n2", StringComparison.Ordinal) ? "noun:inanim:m:v_naz:prop:geo"
                    : paradigm.StartsWith("n1", StringComparison.Ordinal) || paradigm.StartsWith("n3", StringComparison.Ordinal) ? "noun:inanim:f:v_naz:prop:geo"
                    : null;
                if (tags is null) continue;
                builder.AddGuesserExample(c[0], c[0], tags);
                builder.AddKnownLemma(c[0]);
                added++;
            }
        }
        return added;
    }
}
