using System.Collections.Immutable;
using System.Text.Json;
using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Relations;
using Extraction.Text;
using Extraction.Training.Annotations;

namespace Extraction.Training.Relations;

/// <summary>One annotated article: its text, split and gold relations.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Split"><c>train</c> or <c>test</c>.</param>
/// <param name="Text">The article text from the news corpus.</param>
/// <param name="Gold">The gold relations.</param>
internal sealed record RelationArticle(string Id, string Split, string Text, ImmutableArray<RelationAnnotation> Gold);

/// <summary>Reads the relation gold set (standoff) over the news corpus.</summary>
internal static class RelationCorpus
{
    /// <summary>The annotation files inside the repository.</summary>
    public const string RelationsFile = "src/Extraction.Training/Annotations/relations.tsv";

    /// <summary>The annotated article list inside the repository.</summary>
    public const string DocumentsFile = "src/Extraction.Training/Annotations/relations-docs.tsv";

    /// <summary>The news corpus under the shared data folder.</summary>
    public const string NewsFile = "news/ua-web-news-2024-11.jsonl";

    /// <summary>Reads every annotated article, checking its length against the annotation.</summary>
    public static List<RelationArticle> Read(string repoRoot, string dataRoot)
    {
        var documents = RelationAnnotations.ReadDocuments(Path.Combine(repoRoot, DocumentsFile));
        var relations = RelationAnnotations.ReadRelations(Path.Combine(repoRoot, RelationsFile)).ToLookup(r => r.DocId);
        var wanted = documents.ToDictionary(d => d.DocId);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(dataRoot, NewsFile)))
        {
            using var json = JsonDocument.Parse(line);
            string id = json.RootElement.GetProperty("id").GetString()!;
            if (wanted.ContainsKey(id)) texts[id] = json.RootElement.GetProperty("text").GetString()!;
        }
        var articles = new List<RelationArticle>();
        foreach (var doc in documents)
        {
            if (!texts.TryGetValue(doc.DocId, out string? text)) throw new InvalidDataException($"Article {doc.DocId} is not in the news corpus.");
            if (text.Length != doc.AnnotatedChars) throw new InvalidDataException($"Article {doc.DocId} has {text.Length} characters, the annotation expects {doc.AnnotatedChars}.");
            articles.Add(new RelationArticle(doc.DocId, doc.Split, text, [.. relations[doc.DocId]]));
        }
        return articles;
    }

    /// <summary>Tokenizes and tags <paramref name="text"/> with the product's own stages.</summary>
    public static AnalysisDocument Analyze(string text)
    {
        var document = new AnalysisDocument(text);
        new TokenizeStage(pretokenized: false).Process(document, CancellationToken.None);
        MorphologyStage.CreateDefault().Process(document, CancellationToken.None);
        return document;
    }

    /// <summary>
    /// Adds the gold argument spans of <paramref name="article"/> as mentions and groups them into entities (same type
    /// and head lemma). Adjectives, demonyms and pronouns are left out: the relation stage finds those itself; a capital
    /// standing for its state becomes a LOCATION mention, as the tagger would give it.
    /// </summary>
    public static void AddGoldMentions(AnalysisDocument document, RelationArticle article) => AddMentions(document, article, tagged: null);

    /// <summary>
    /// For training: the entity tagger's mentions with the gold argument spans laid over them (a gold span replaces
    /// every tagged mention it overlaps), so the classifier sees the run-time distribution of candidate pairs
    /// while the positives sit on the gold spans.
    /// </summary>
    public static void AddTaggedAndGoldMentions(AnalysisDocument document, RelationArticle article)
    {
        var scratch = new AnalysisDocument(document.Text);
        scratch.Tokens.AddRange(document.Tokens);
        scratch.Sentences.AddRange(document.Sentences);
        TaggerStage.Value.Process(scratch, CancellationToken.None);
        WeaponTagger.Value.Process(scratch, CancellationToken.None);
        new MentionLemmaStage(Extraction.Morphology.PhraseLemmatizer.Default).Process(scratch, CancellationToken.None);
        Repair.Value.Process(scratch, CancellationToken.None);
        AddMentions(document, article, scratch.Mentions);
    }

    private static readonly Lazy<EntityStage> TaggerStage = new(() => new EntityStage(EntityTagger.Default));

    private static readonly Lazy<MentionRepairStage> Repair =
        new(() => MentionRepairStage.Create(Extraction.Entities.KnowledgeBase.Default, Extraction.Morphology.PhraseLemmatizer.Default));

    private static readonly Lazy<WeaponStage> WeaponTagger = new(WeaponStage.CreateDefault);

    private static void AddMentions(AnalysisDocument document, RelationArticle article, List<MentionDraft>? tagged)
    {
        var typed = new Dictionary<TextSpan, EntityType>();
        var untyped = new Dictionary<TextSpan, EntityType>();
        foreach (var r in article.Gold)
        {
            AddSide(r, r.Subject, r.SubjectType, "subj", typed);
            AddSide(r, r.Object, r.ObjectType, "obj", typed);
            foreach (var (key, span) in r.SpanArguments)
            {
                switch (key)
                {
                    case "role": typed.TryAdd(span, EntityType.Job); break;
                    case "subj_ref": typed.TryAdd(span, r.SubjectType); break;
                    case "obj_ref": typed.TryAdd(span, r.ObjectType); break;
                    case "weapon": untyped.TryAdd(span, EntityType.Weapon); break;
                    case "target": untyped.TryAdd(span, EntityType.Location); break;
                    default: untyped.TryAdd(span, EntityType.Country); break;
                }
            }
            if (r.Source is { } source) untyped.TryAdd(source, EntityType.Organization);
        }
        foreach (var (span, type) in untyped) typed.TryAdd(span, type);

        var tokens = document.Tokens;
        var mentions = new List<MentionDraft>();
        foreach (var (span, type) in typed.OrderBy(p => p.Key.Start).ThenByDescending(p => p.Key.End))
        {
            var (first, end) = TokenRange(tokens, span);
            if (first >= end) continue;
            if (mentions.Count > 0 && mentions[^1].EndToken > first) continue; // nested or overlapping: keep the outer
            var lemma = string.Join(' ', Enumerable.Range(first, end - first).Select(i => tokens[i].Lemma ?? tokens[i].Text));
            mentions.Add(new MentionDraft(first, end, span, type, 1.0) { Lemma = lemma });
        }
        if (tagged is not null)
        {
            var gold = mentions.ToList();
            foreach (var m in tagged)
            {
                if (gold.Exists(g => g.FirstToken < m.EndToken && m.FirstToken < g.EndToken)) continue;
                var lemma = string.Join(' ', Enumerable.Range(m.FirstToken, m.EndToken - m.FirstToken).Select(i => tokens[i].Lemma ?? tokens[i].Text));
                mentions.Add(new MentionDraft(m.FirstToken, m.EndToken, m.Span, m.Type, m.Confidence) { Lemma = lemma });
            }
            mentions.Sort((x, y) => x.FirstToken.CompareTo(y.FirstToken));
        }
        var entityByKey = new Dictionary<(EntityType, string), int>();
        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            string key = EntityKey(tokens, mention);
            if (!entityByKey.TryGetValue((mention.Type, key), out int entity))
            {
                entity = document.Entities.Count;
                var draft = new EntityDraft(mention.Type, mention.Lemma!);
                if (mention.Type == EntityType.Country && Extraction.Entities.KnowledgeBase.Default.TryFind(mention.Lemma, EntityType.Country, out var country))
                {
                    draft.Name = country.NameUk;
                    draft.Iso = country.Iso;
                }
                document.Entities.Add(draft);
                entityByKey.Add((mention.Type, key), entity);
            }
            mention.EntityIndex = entity;
            document.Entities[entity].MentionIndices.Add(m);
            document.Mentions.Add(mention);
        }
    }

    private static void AddSide(RelationAnnotation r, TextSpan span, EntityType type, string side, Dictionary<TextSpan, EntityType> typed)
    {
        if (r.WordArguments.ContainsKey(side + "_kind") || r.SpanArguments.ContainsKey(side + "_ref")) return;
        typed[span] = r.WordArguments.ContainsKey(side + "_metonymy") ? EntityType.Location : type;
    }

    private static string EntityKey(List<Token> tokens, MentionDraft mention)
    {
        int head = mention.Type == EntityType.Person ? mention.EndToken - 1 : ArgumentFinder.HeadOf(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), mention.FirstToken, mention.EndToken);
        return mention.Type == EntityType.Weapon ? (mention.Lemma ?? "").ToLowerInvariant() : (tokens[head].Lemma ?? tokens[head].Text).ToLowerInvariant();
    }

    /// <summary>The tokens overlapping <paramref name="span"/>.</summary>
    public static (int First, int End) TokenRange(List<Token> tokens, TextSpan span)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (tokens[mid].Span.End <= span.Start) lo = mid + 1;
            else hi = mid;
        }
        int end = lo;
        while (end < tokens.Count && tokens[end].Span.Start < span.End) end++;
        return (lo, end);
    }
}
