using System.Collections.Immutable;

namespace Extraction.Pipeline;

/// <summary>
/// Configures an <see cref="Extractor"/>: which stages run and with what settings. <see cref="Build"/> freezes
/// the configuration into an immutable, thread-safe extractor; the builder may be changed and built again.
/// </summary>
public sealed class ExtractorBuilder
{
    private ExtractorOptions _options = new();
    private bool _morphology = true;
    private bool _entities = true;
    private bool _relations = true;
    private Morphology.MorphologyModel? _morphologyModel;
    private Entities.EntityTaggerModel? _entityModel;
    private Relations.RelationModel? _relationModel;

    /// <summary>Replaces the options.</summary>
    public ExtractorBuilder WithOptions(ExtractorOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    /// <summary>Treats input as pretokenized: whitespace separates tokens, each line is a sentence.</summary>
    public ExtractorBuilder UsePretokenizedInput(bool pretokenized = true)
    {
        _options = _options with { Pretokenized = pretokenized };
        return this;
    }

    /// <summary>Sets the longest document accepted.</summary>
    public ExtractorBuilder WithMaxDocumentLength(int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        _options = _options with { MaxDocumentLength = maxLength };
        return this;
    }

    /// <summary>Sets a time budget per document.</summary>
    public ExtractorBuilder WithDocumentTimeout(TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        _options = _options with { DocumentTimeout = timeout };
        return this;
    }

    /// <summary>Turns the morphology stage (and so everything after it) off: only tokens and sentences.</summary>
    public ExtractorBuilder WithoutMorphology()
    {
        _morphology = false;
        _entities = false;
        _relations = false;
        return this;
    }

    /// <summary>Turns entity recognition, linking and relations off.</summary>
    public ExtractorBuilder WithoutEntities()
    {
        _entities = false;
        _relations = false;
        return this;
    }

    /// <summary>
    /// Uses the morphology model in <paramref name="model"/> (written by <c>extraction train morphology</c>) instead of
    /// the embedded one, for the morphology stage, the weapon lexicon and the mention lemmas. It is read and checked now.
    /// </summary>
    /// <param name="model">The model file's contents; read to the end, not disposed.</param>
    /// <param name="name">A name for the model in error messages.</param>
    /// <exception cref="Models.ModelFormatException">The data is not a valid morphology model.</exception>
    public ExtractorBuilder UseMorphologyModel(Stream model, string name = "morphology model")
    {
        ArgumentNullException.ThrowIfNull(model);
        _morphologyModel = Morphology.MorphologyModel.Load(name, model);
        return this;
    }

    /// <summary>Uses the morphology model file at <paramref name="path"/> instead of the embedded one.</summary>
    /// <param name="path">A file written by <c>extraction train morphology</c>.</param>
    /// <exception cref="Models.ModelFormatException">The file is not a valid morphology model.</exception>
    public ExtractorBuilder UseMorphologyModel(string path) => FromFile(path, UseMorphologyModel);

    /// <summary>
    /// Uses an entity tagger model file (written by <c>extraction train entities</c>) instead of the embedded one.
    /// The file is read and checked now, so a bad file fails here with <see cref="Models.ModelFormatException"/>.
    /// </summary>
    public ExtractorBuilder UseEntityModel(Stream model, string name = "entities model")
    {
        ArgumentNullException.ThrowIfNull(model);
        _entityModel = Entities.EntityTaggerModel.Load(name, model);
        return this;
    }

    /// <summary>Uses the entity tagger model file at <paramref name="path"/>; see <see cref="UseEntityModel(Stream, string)"/>.</summary>
    public ExtractorBuilder UseEntityModel(string path) => FromFile(path, UseEntityModel);

    /// <summary>
    /// Uses a relation model file (written by <c>extraction train relations</c>) instead of the embedded one.
    /// The file is read and checked now, so a bad file fails here with <see cref="Models.ModelFormatException"/>.
    /// </summary>
    public ExtractorBuilder UseRelationModel(Stream model, string name = "relations model")
    {
        ArgumentNullException.ThrowIfNull(model);
        _relationModel = Relations.RelationModel.Load(name, model);
        return this;
    }

    /// <summary>Uses the relation model file at <paramref name="path"/>; see <see cref="UseRelationModel(Stream, string)"/>.</summary>
    public ExtractorBuilder UseRelationModel(string path) => FromFile(path, UseRelationModel);

    /// <summary>Turns relation extraction off.</summary>
    public ExtractorBuilder WithoutRelations()
    {
        _relations = false;
        return this;
    }

    /// <summary>Builds an immutable, thread-safe extractor.</summary>
    public Extractor Build()
    {
        // The independent models load in parallel with the morphology model: a cold start takes about half as long.
        var taggerLoad = _entities
            ? Task.Run(() => _entityModel is null ? Entities.EntityTagger.Default : new Entities.EntityTagger(_entityModel))
            : null;
        var knowledgeBaseLoad = _entities ? Task.Run(() => Entities.KnowledgeBase.Default) : null;

        var lemmatizer = _morphologyModel is null ? Morphology.PhraseLemmatizer.Default : new Morphology.PhraseLemmatizer(_morphologyModel);

        var stages = ImmutableArray.CreateBuilder<IExtractionStage>();
        stages.Add(new TokenizeStage(_options.Pretokenized));
        if (_morphology)
        {
            stages.Add(_morphologyModel is null ? MorphologyStage.CreateDefault() : new MorphologyStage(new Morphology.MorphologyTagger(_morphologyModel)));
        }
        if (_entities) stages.Add(new Entities.EntityStage(taggerLoad!.GetAwaiter().GetResult()));
        if (_entities) stages.Add(CreateWeaponStage(lemmatizer, knowledgeBaseLoad!)); // after the statistical entity stage, whose ART mentions it replaces
        if (_entities) stages.Add(new MentionLemmaStage(lemmatizer));
        if (_entities) stages.Add(MentionRepairStage.Create(knowledgeBaseLoad!.GetAwaiter().GetResult(), lemmatizer));
        if (_entities) stages.Add(new LinkingStage(knowledgeBaseLoad!.GetAwaiter().GetResult())); // after the entity stage
        if (_relations && (_relationModel is null ? RelationStage.CreateDefault() : RelationStage.Create(_relationModel)) is { } relations)
        {
            stages.Add(relations); // after linking
        }
        return new Extractor(stages.ToImmutable(), _options);
    }

    private static ExtractorBuilder FromFile(string path, Func<Stream, string, ExtractorBuilder> use)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var file = File.OpenRead(path);
        return use(file, path);
    }

    private WeaponStage CreateWeaponStage(Morphology.PhraseLemmatizer lemmatizer, Task<Entities.KnowledgeBase> knowledgeBase)
    {
        if (_morphologyModel is null) return WeaponStage.CreateDefault();
        var lexicon = Entities.WeaponLexicon.Create(Entities.WeaponLexicon.ReadEmbedded(), knowledgeBase.GetAwaiter().GetResult(), _morphologyModel);
        return new WeaponStage(new Entities.WeaponRecognizer(lexicon), lemmatizer);
    }
}
