using Extraction.Morphology;
using Extraction.Text;

namespace Extraction.Pipeline;

/// <summary>Fills every token's lemma, part of speech and features with the disambiguated analysis.</summary>
internal sealed class MorphologyStage : IExtractionStage
{
    [ThreadStatic]
    private static TaggerWorkspace? t_workspace;

    private readonly MorphologyTagger _tagger;

    public MorphologyStage(MorphologyTagger tagger) => _tagger = tagger;

    /// <summary>A stage over the embedded model, loaded once per process.</summary>
    public static MorphologyStage CreateDefault() => new(DefaultTagger.Value);

    private static readonly Lazy<MorphologyTagger> DefaultTagger = new(() => new MorphologyTagger(MorphologyModel.Default));

    public string Name => "morphology";

    public void Process(AnalysisDocument document, CancellationToken cancellationToken)
    {
        var workspace = t_workspace ??= new TaggerWorkspace();
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Annotate(_tagger, tokens.Slice(sentence.FirstToken, sentence.TokenCount), workspace);
        }
    }

    /// <summary>Tags one sentence's tokens in place.</summary>
    public static void Annotate(MorphologyTagger tagger, Span<Token> tokens, TaggerWorkspace workspace)
    {
        tagger.Tag(tokens, workspace);
        for (int i = 0; i < tokens.Length; i++)
        {
            var (lemma, tag) = tagger.Result(workspace, i, tokens[i]);
            tokens[i] = tokens[i] with { Lemma = lemma, Pos = tag.Pos, Features = tag.Features };
        }
    }
}
