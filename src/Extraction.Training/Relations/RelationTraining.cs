using System.Diagnostics;
using Extraction.Pipeline;
using Extraction.Relations;
using Extraction.Training.Evaluation;

namespace Extraction.Training.Relations;

/// <summary>The relation stage's training and evaluation procedures (the CLI's <c>train relations</c> and <c>evaluate relations</c>).</summary>
internal static class RelationTraining
{
    /// <summary>An article with its analyzed, gold-mention document.</summary>
    internal sealed record Prepared(RelationArticle Article, AnalysisDocument Document);

    /// <summary>Reads, tokenizes, tags and adds gold argument mentions to every annotated article of <paramref name="split"/>.</summary>
    /// <param name="repoRoot">The repository root (annotation files).</param>
    /// <param name="dataRoot">The shared data folder (news corpus).</param>
    /// <param name="split"><c>train</c> or <c>test</c>.</param>
    /// <param name="withTagged">Also add the entity tagger's mentions around the gold spans (training); otherwise gold spans only.</param>
    public static List<Prepared> Prepare(string repoRoot, string dataRoot, string split, bool withTagged = false) =>
        RelationCorpus.Read(repoRoot, dataRoot).Where(a => a.Split == split).Select(a =>
        {
            var document = RelationCorpus.Analyze(a.Text);
            if (withTagged) RelationCorpus.AddTaggedAndGoldMentions(document, a);
            else RelationCorpus.AddGoldMentions(document, a);
            return new Prepared(a, document);
        }).ToList();

    /// <summary>The run-time state lexicon (the shipped knowledge base).</summary>
    public static readonly IStateLexicon States = new KnowledgeBaseStateLexicon(Extraction.Entities.KnowledgeBase.Default);

    private static readonly float[] NoneWeights = [1f, 0.8f, 0.6f, 0.45f, 0.3f, 0.2f];

    /// <summary>Cross-validates on the training articles (folds by article), then trains on all of them.</summary>
    public static RelationModel Train(List<Prepared> train, RelationTrainer.Settings settings, int folds, TextWriter log, TextWriter? errors = null)
    {
        var clock = Stopwatch.StartNew();
        float noneWeight = 1f;
        if (folds > 1)
        {
            var byWeight = NoneWeights.ToDictionary(w => w, w => new RelationEvaluator());
            for (int fold = 0; fold < folds; fold++)
            {
                var inner = train.Where((_, i) => i % folds != fold).ToList();
                var held = train.Where((_, i) => i % folds == fold).ToList();
                var model = Fit(inner, settings);
                var states = States;
                foreach (float weight in NoneWeights)
                {
                    var weighted = model.WithNoneWeight(weight);
                    foreach (var p in held) byWeight[weight].Add(p.Article.Gold, Predict(weighted, states, p), p.Article.Text);
                }
            }
            foreach (float weight in NoneWeights) log.WriteLine(FormattableString.Invariant($"CV none-weight {weight:F2}: micro-F1 {byWeight[weight].Total.F1:F3} (P {byWeight[weight].Total.Precision:F3}, R {byWeight[weight].Total.Recall:F3})"));
            noneWeight = NoneWeights.MaxBy(w => byWeight[w].Total.F1);
            var cv = byWeight[noneWeight];
            if (errors is not null)
            {
                var rerun = new RelationEvaluator { Errors = errors };
                for (int fold = 0; fold < folds; fold++)
                {
                    var inner = train.Where((_, i) => i % folds != fold).ToList();
                    var model = Fit(inner, settings).WithNoneWeight(noneWeight);
                    var states = States;
                    foreach (var p in train.Where((_, i) => i % folds == fold)) rerun.Add(p.Article.Gold, Predict(model, states, p), p.Article.Text);
                }
            }
            log.WriteLine(cv.Format(FormattableString.Invariant($"{folds}-fold cross-validation on train articles (tagger mentions with the gold argument spans laid over them, folds by article, none-weight {noneWeight:F2}):")));
            var all = train.SelectMany(p => Examples(p, States)).ToList();
            log.WriteLine(RelationTrainer.CrossValidateClassifier(all, settings, folds));
        }
        var lexicon = States;
        int positive = train.Sum(p => Examples(p, lexicon).Count(e => e.Label != RelationModel.NoneLabel));
        log.WriteLine($"Candidate pairs carrying a gold relation: {positive} of {train.Sum(p => p.Article.Gold.Length)} gold rows (the rest are never candidates: pro-drop, unresolved references, nested spans).");
        var final = Fit(train, settings).WithNoneWeight(noneWeight);
        log.WriteLine($"Trained on {train.Count} articles: {final.ClassCount} classes, {final.BucketCount:N0} weighted buckets ({clock.Elapsed.TotalSeconds:F0} s).");
        return final;
    }

    /// <summary>
    /// Cross-validates the full pipeline on the training articles: per fold, the model fitted on the other folds runs
    /// inside the default extractor on raw text, for every none-weight. Returns the evaluator of each weight; the
    /// misses and false triples of <paramref name="errorWeight"/> go to <paramref name="errors"/>.
    /// </summary>
    public static Dictionary<float, RelationEvaluator> CrossValidatePipeline(
        List<Prepared> train, RelationTrainer.Settings settings, int folds, float errorWeight, TextWriter? errors)
    {
        var byWeight = NoneWeights.ToDictionary(w => w, w => new RelationEvaluator { Errors = w == errorWeight ? errors : null });
        for (int fold = 0; fold < folds; fold++)
        {
            var model = Fit(train.Where((_, i) => i % folds != fold).ToList(), settings);
            var held = train.Where((_, i) => i % folds == fold).ToList();
            foreach (float weight in NoneWeights)
            {
                using var stream = new MemoryStream();
                model.WithNoneWeight(weight).Save(stream);
                stream.Position = 0;
                var extractor = new ExtractorBuilder().UseRelationModel(stream).Build();
                foreach (var p in held) byWeight[weight].Add(p.Article.Gold, RelationEvaluator.FromResult(extractor.Extract(p.Article.Text)), p.Article.Text);
            }
        }
        return byWeight;
    }

    /// <summary>The none-weights tried by cross-validation.</summary>
    public static IReadOnlyList<float> CandidateNoneWeights => NoneWeights;

    /// <summary>Runs the relation extractor over a copy of the article's gold-mention document.</summary>
    public static List<PredictedTriple> Predict(RelationModel model, IStateLexicon states, Prepared prepared)
    {
        var document = Copy(prepared.Document);
        new RelationExtractor(model, states).Extract(document, CancellationToken.None);
        return RelationEvaluator.FromDocument(document);
    }

    /// <summary>Gold-entity variant: relation errors only, the gold argument spans serve as mentions.</summary>
    public static RelationEvaluator EvaluateGoldMentions(RelationModel model, IStateLexicon states, List<Prepared> test)
    {
        var evaluator = new RelationEvaluator();
        foreach (var p in test) evaluator.Add(p.Article.Gold, Predict(model, states, p));
        return evaluator;
    }

    /// <summary>Full pipeline on raw article text (the embedded models).</summary>
    public static RelationEvaluator EvaluatePipeline(Extractor extractor, IEnumerable<RelationArticle> test, TextWriter? errors = null, bool overlap = false)
    {
        var evaluator = new RelationEvaluator { Errors = errors, Overlap = overlap };
        foreach (var article in test) evaluator.Add(article.Gold, RelationEvaluator.FromResult(extractor.Extract(article.Text)), article.Text);
        return evaluator;
    }

    private static RelationModel Fit(List<Prepared> train, RelationTrainer.Settings settings)
    {
        var states = States;
        var examples = train.SelectMany(p => Examples(p, states)).ToList();
        return RelationTrainer.Train(examples, settings);
    }

    private static List<RelationExample> Examples(Prepared p, IStateLexicon states) =>
        RelationExamples.Build(p.Article, Copy(p.Document), states, RelationTrainer.HashBits);

    private static AnalysisDocument Copy(AnalysisDocument source)
    {
        var copy = new AnalysisDocument(source.Text);
        copy.Tokens.AddRange(source.Tokens);
        copy.Sentences.AddRange(source.Sentences);
        foreach (var m in source.Mentions) copy.Mentions.Add(new MentionDraft(m.FirstToken, m.EndToken, m.Span, m.Type, m.Confidence) { Lemma = m.Lemma, EntityIndex = m.EntityIndex });
        foreach (var e in source.Entities)
        {
            var entity = new EntityDraft(e.Type, e.Name) { English = e.English, KnowledgeBaseId = e.KnowledgeBaseId, Iso = e.Iso };
            entity.MentionIndices.AddRange(e.MentionIndices);
            copy.Entities.Add(entity);
        }
        return copy;
    }
}
