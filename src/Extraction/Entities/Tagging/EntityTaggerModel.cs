using Extraction.Models;

namespace Extraction.Entities;

/// <summary>
/// A trained entity tagger: its entity type names (NER-UK labels such as PERS), feature settings, word lists,
/// BILOU transition scores and sparse feature weights. Reads and writes the <c>entities</c> model file.
/// </summary>
internal sealed class EntityTaggerModel
{
    public const string Kind = "entities";
    public const int FormatVersion = 3;

    public EntityTaggerModel(
        IReadOnlyList<string> typeNames,
        int bucketBits,
        bool usesMorphology,
        EntityLexicon lexicon,
        BilouTransitions transitions,
        SparseLabelWeights weights,
        bool usesDocumentMemory = false,
        float confidenceTemperature = 1,
        bool usesStackedLabels = false)
    {
        if (usesStackedLabels && !usesDocumentMemory) throw new ArgumentException("Stacked first-pass labels need the two-pass (document-memory) tagger.", nameof(usesStackedLabels));
        if (!(confidenceTemperature > 0) || float.IsInfinity(confidenceTemperature)) throw new ArgumentException("The confidence temperature must be positive.", nameof(confidenceTemperature));
        if (transitions.LabelCount != BilouLabels.Count(typeNames.Count) || weights.LabelCount != transitions.LabelCount)
        {
            throw new ArgumentException("Label counts of the transitions and weights do not match the type names.");
        }
        if (weights.BucketCount != 1 << bucketBits) throw new ArgumentException("Weight buckets do not match the bucket bits.");
        TypeNames = typeNames;
        BucketBits = bucketBits;
        UsesMorphology = usesMorphology;
        UsesDocumentMemory = usesDocumentMemory;
        UsesStackedLabels = usesStackedLabels;
        ConfidenceTemperature = confidenceTemperature;
        Lexicon = lexicon;
        Transitions = transitions;
        Weights = weights;
        Types = new EntityType[typeNames.Count];
        for (int t = 0; t < typeNames.Count; t++) Types[t] = NerUkTypes.ToEntityType(typeNames[t]);
    }

    /// <summary>Entity type names in label order (type <c>t</c> owns BILOU labels <c>1 + 4t … 4 + 4t</c>).</summary>
    public IReadOnlyList<string> TypeNames { get; }

    /// <summary>The schema type of each tagger type.</summary>
    public EntityType[] Types { get; }

    public int BucketBits { get; }

    /// <summary>True when the model's features include lemma, POS and case, so tokens must carry morphology.</summary>
    public bool UsesMorphology { get; }

    /// <summary>True when the model tags a document in two passes, the second seeing the first pass's <see cref="DocumentMemory"/>.</summary>
    public bool UsesDocumentMemory { get; }

    /// <summary>
    /// True when the second pass also sees the first pass's labels of each token and its neighbours, so every sentence is
    /// decoded twice (not only those with a remembered stem).
    /// </summary>
    public bool UsesStackedLabels { get; }

    /// <summary>
    /// Label scores are divided by this before the local softmax that gives a mention's confidence: perceptron scores
    /// have no probabilistic scale, so it is fitted on held-out data (1 in files that do not store one).
    /// </summary>
    public float ConfidenceTemperature { get; }

    /// <summary>The same model with another <see cref="ConfidenceTemperature"/>.</summary>
    public EntityTaggerModel WithConfidenceTemperature(float temperature) =>
        new(TypeNames, BucketBits, UsesMorphology, Lexicon, Transitions, Weights, UsesDocumentMemory, temperature, UsesStackedLabels);

    public EntityLexicon Lexicon { get; }

    public BilouTransitions Transitions { get; }

    public SparseLabelWeights Weights { get; }

    public int LabelCount => Transitions.LabelCount;

    public void Save(Stream output)
    {
        var writer = new ModelWriter();
        writer.Write(TypeNames.Count);
        foreach (string name in TypeNames) writer.Write(name);
        writer.Write(BucketBits);
        writer.Write(UsesMorphology);
        writer.Write(UsesDocumentMemory);
        Lexicon.Write(writer);
        writer.Write(Transitions.Pair);
        writer.Write(Transitions.Start);
        writer.Write(Transitions.End);
        Weights.Write(writer);
        writer.Write(ConfidenceTemperature);
        if (UsesStackedLabels) writer.Write(true); // older files end after the temperature: no stacked labels
        writer.SaveTo(output, Kind, FormatVersion);
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        Save(file);
    }

    /// <summary>Reads a model; a truncated or corrupted file throws <see cref="ModelFormatException"/> naming <paramref name="name"/>.</summary>
    public static EntityTaggerModel Load(string name, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        byte[] data = buffer.ToArray();
        // Version 2 files (one-pass models, before the document-memory flag) still load.
        bool versionTwo = data.Length >= 8 && System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(4)) == 2;
        var reader = ModelReader.Open(name, data, Kind, versionTwo ? 2 : FormatVersion);
        try
        {
            int typeCount = reader.ReadCount(4);
            if (typeCount is 0 or > 63) throw new ModelFormatException(name, $"it declares {typeCount} entity types.");
            var typeNames = new string[typeCount];
            for (int t = 0; t < typeCount; t++)
            {
                typeNames[t] = reader.ReadString();
                if (!NerUkTypes.TryParse(typeNames[t], out _)) throw new ModelFormatException(name, $"it names an unknown entity type '{typeNames[t]}'.");
            }
            int bits = reader.ReadInt32();
            if (bits is < 10 or > 26) throw new ModelFormatException(name, $"its bucket bits ({bits}) are out of range.");
            bool usesMorphology = reader.ReadBoolean();
            bool usesDocumentMemory = !versionTwo && reader.ReadBoolean();
            var lexicon = EntityLexicon.Read(reader);
            int labels = BilouLabels.Count(typeCount);
            float[] pair = reader.ReadSingleArray();
            float[] start = reader.ReadSingleArray();
            float[] end = reader.ReadSingleArray();
            if (pair.Length != labels * labels || start.Length != labels || end.Length != labels)
            {
                throw new ModelFormatException(name, "its transition tables do not match its label count.");
            }
            var weights = SparseLabelWeights.Read(reader, 1 << bits, labels);
            float temperature = reader.Remaining > 0 ? reader.ReadSingle() : 1; // files written before the temperature end here
            bool usesStackedLabels = reader.Remaining > 0 && reader.ReadBoolean();
            reader.EnsureEnd();
            return new EntityTaggerModel(typeNames, bits, usesMorphology, lexicon, new BilouTransitions(typeCount, pair, start, end), weights,
                usesDocumentMemory, temperature, usesStackedLabels);
        }
        catch (ArgumentException e)
        {
            throw new ModelFormatException(name, e.Message, e);
        }
    }

    /// <summary>Reads the model file at <paramref name="path"/>.</summary>
    public static EntityTaggerModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(Path.GetFileName(path), file);
    }
}
