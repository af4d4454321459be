using System.Runtime.InteropServices;
using Extraction.Morphology;
using Extraction.Pipeline;
using Extraction.Text;

namespace Extraction.Entities;

/// <summary>
/// "адміністрація Джо Байдена", "уряду Олафа Шольца": a government named by its leader is one organization mention,
/// the noun together with the leader's name in the genitive, since it is the government, not the person, that acts
/// ("адміністрація Байдена передасть …"). The tagger finds only the person. Stateless and thread-safe.
/// </summary>
internal static class LeaderGovernments
{
    private static readonly HashSet<string> GovernmentNouns = new(StringComparer.Ordinal) { "адміністрація", "уряд" };

    /// <summary>Widens each person mention right after a government noun of <paramref name="document"/> into the government.</summary>
    public static void Apply(AnalysisDocument document, PhraseLemmatizer lemmatizer)
    {
        var tokens = CollectionsMarshal.AsSpan(document.Tokens);
        var mentions = document.Mentions;
        for (int i = 0; i < mentions.Count; i++)
        {
            var person = mentions[i];
            int noun = person.FirstToken - 1;
            if (person.Type != EntityType.Person || noun < 0 || person.EndToken > tokens.Length) continue;
            if (i > 0 && mentions[i - 1].EndToken > noun) continue;
            if (tokens[noun].Kind != TokenKind.Word || tokens[noun].Lemma is not { } lemma || !GovernmentNouns.Contains(lemma)) continue;
            if (!PhraseLemmatizer.Feature(tokens[person.EndToken - 1].Features, "Case").SequenceEqual("Gen")) continue;
            var span = new TextSpan(tokens[noun].Span.Start, person.Span.End);
            mentions[i] = new MentionDraft(noun, person.EndToken, span, EntityType.Organization, person.Confidence)
            {
                Lemma = lemmatizer.Lemmatize(tokens[noun..person.EndToken], document.Text),
            };
        }
    }
}
