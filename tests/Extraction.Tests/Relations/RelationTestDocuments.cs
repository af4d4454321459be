using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Relations;

namespace Extraction.Tests.Relations;

/// <summary>Hand-built documents: real tokens and morphology, mentions placed by hand, so relation logic is tested apart from the tagger.</summary>
internal static class RelationTestDocuments
{
    /// <summary>Tokenizes and tags <paramref name="text"/>.</summary>
    public static AnalysisDocument Analyze(string text)
    {
        var document = new AnalysisDocument(text);
        new TokenizeStage(pretokenized: false).Process(document, CancellationToken.None);
        MorphologyStage.CreateDefault().Process(document, CancellationToken.None);
        return document;
    }

    /// <summary>
    /// Adds a mention of <paramref name="surface"/> (its <paramref name="occurrence"/>-th match) linked to the entity
    /// named <paramref name="entity"/> (created on first use). Call in text order.
    /// </summary>
    public static int Mention(AnalysisDocument document, string surface, EntityType type, string entity, int occurrence = 0, string? iso = null)
    {
        int start = -1;
        for (int i = 0; i <= occurrence; i++) start = document.Text.IndexOf(surface, start + 1, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{surface}' is not in the text.");
        int end = start + surface.Length;
        int first = document.Tokens.FindIndex(t => t.Span.Start == start);
        int last = document.Tokens.FindIndex(t => t.Span.End == end);
        if (first < 0 || last < first) throw new ArgumentException($"'{surface}' does not fall on token boundaries.");
        int index = document.Entities.FindIndex(e => e.Name == entity && e.Type == type);
        if (index < 0)
        {
            document.Entities.Add(new EntityDraft(type, entity) { Iso = iso });
            index = document.Entities.Count - 1;
        }
        var mention = new MentionDraft(first, last + 1, new Extraction.Text.TextSpan(start, end), type, 1.0)
        {
            Lemma = type == EntityType.Job ? surface.ToLowerInvariant() : entity,
            EntityIndex = index,
        };
        document.Mentions.Add(mention);
        document.Entities[index].MentionIndices.Add(document.Mentions.Count - 1);
        return index;
    }

    /// <summary>A model with no feature weights: every pair scores by the class biases alone.</summary>
    public static RelationModel BiasOnlyModel(params (string Label, float Bias)[] classes)
    {
        string[] labels = [RelationModel.NoneLabel, .. classes.Select(c => c.Label)];
        float[] bias = [0f, .. classes.Select(c => c.Bias)];
        return new RelationModel(10, labels, [], [], bias);
    }

    /// <summary>A model that never predicts a relation (only rules fire).</summary>
    public static RelationModel NoneModel() => BiasOnlyModel(("MET_WITH>", -20f));

    /// <summary>Runs the relation extractor over <paramref name="document"/> (with a model that predicts nothing unless one is given) and returns its relations.</summary>
    public static List<RelationDraft> Extract(AnalysisDocument document, RelationModel? model = null)
    {
        new RelationExtractor(model ?? NoneModel(), States).Extract(document, CancellationToken.None);
        return document.Relations;
    }

    /// <summary>A hand-built lexicon: Росія (російський, Москва), Північна Корея (північнокорейський, Пхеньян).</summary>
    public static IStateLexicon States { get; } = new TestStates();

    private sealed class TestStates : IStateLexicon
    {
        private static readonly StateReference Russia = new("Росія", "Russia", "Q159", "RU");
        private static readonly StateReference NorthKorea = new("Північна Корея", "North Korea", "Q423", "KP");

        public StateReference? FindByNationalityAdjective(ReadOnlySpan<char> lemma) =>
            lemma.StartsWith("російськ") ? Russia : lemma.StartsWith("північнокорейськ") ? NorthKorea : null;

        public StateReference? FindByCapital(ReadOnlySpan<char> lemma) =>
            lemma.SequenceEqual("Москва") ? Russia : lemma.SequenceEqual("Пхеньян") ? NorthKorea : null;

        public StateReference? FindByIso(string iso) => iso switch { "RU" => Russia, "KP" => NorthKorea, _ => null };

        public StateReference? FindByName(ReadOnlySpan<char> name) =>
            name.SequenceEqual("Росія") ? Russia : name.SequenceEqual("Північна Корея") ? NorthKorea : null;
    }
}
