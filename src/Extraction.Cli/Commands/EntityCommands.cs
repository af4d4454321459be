using System.CommandLine;
using System.Diagnostics;
using Extraction.Entities;
using Extraction.Training.Entities;

namespace Extraction.Cli.Commands;

/// <summary><c>extraction train entities</c> and <c>extraction evaluate entities</c> (alias <c>ner</c>).</summary>
internal static class EntityCommands
{
    public static Command CreateTrain()
    {
        var data = new Option<string?>("--data") { Description = "The shared data folder (default: ../shared/data beside the repo)." };
        var output = new Option<string?>("--out") { Description = "Where to write the model (default: models/entities.bin in the repo)." };
        var epochs = new Option<int>("--epochs") { Description = "Most training epochs.", DefaultValueFactory = _ => 20 };
        var patience = new Option<int>("--patience") { Description = "Stop after this many epochs without a better dev F1.", DefaultValueFactory = _ => 3 };
        var bits = new Option<int>("--bits") { Description = "Feature hash buckets = 2^bits.", DefaultValueFactory = _ => 21 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed.", DefaultValueFactory = _ => 1 };
        var prune = new Option<float>("--prune") { Description = "Drop averaged weights below this magnitude.", DefaultValueFactory = _ => 0f };
        var minCount = new Option<int>("--min-feature-count") { Description = "Leave out features seen in fewer training tokens.", DefaultValueFactory = _ => 1 };
        var full = new Option<bool>("--full") { Description = "Train on all of train.iob (dev included) for exactly --epochs epochs, e.g. the best epoch of a run with dev." };
        var morphology = new Option<bool>("--morphology") { Description = "Use the morphology stage's lemma, POS, case and name kind as features (the pipeline then needs that stage)." };
        var temperature = new Option<float>("--confidence-temperature") { Description = "Divide label scores by this in the mention confidence (fit it with evaluate entities --dev --fit-temperature).", DefaultValueFactory = _ => 1f };
        var documentMemory = new Option<bool>("--document-memory") { Description = "Two passes per document: the second sees what the first tagged the same stems as in other sentences." };
        var margin = new Option<float>("--margin") { Description = "Cost-augmented training: each wrong label of a token scores this much extra while decoding training sentences.", DefaultValueFactory = _ => 0f };
        var stackedLabels = new Option<bool>("--stacked-labels") { Description = "With --document-memory: the second pass also sees the first pass's labels of each token and its neighbours." };
        var firstPassForm = new Option<bool>("--first-pass-form") { Description = "With --document-memory: also train on each sentence without its second-pass features, so the shared weights stay a good first pass." };
        var realDocuments = new Option<bool>("--real-documents") { Description = "Document memory over the NER-UK documents (recovered from the brat texts) instead of runs of 50 sentences." };
        var noClusters = new Option<bool>("--no-clusters") { Description = "Train without word clusters from unlabeled text." };
        var fineClusters = new Option<int>("--fine-clusters") { Description = "Clusters of the fine word-cluster layer (the coarse one has 64).", DefaultValueFactory = _ => 512 };
        var learner = new Option<EntityLearner>("--learner") { Description = "Perceptron (averaged structured perceptron) or Crf (linear-chain CRF, SGD with L1).", DefaultValueFactory = _ => EntityLearner.Perceptron };
        var memoryLearner = new Option<EntityLearner>("--memory-learner") { Description = "With --document-memory: learner of the cross-fitted first pass.", DefaultValueFactory = _ => EntityLearner.Perceptron };
        var l1 = new Option<float>("--l1") { Description = "CRF: L1 strength C in Σ log p(gold) − C Σ|w|.", DefaultValueFactory = _ => 0.2f };
        var learningRate = new Option<float>("--learning-rate") { Description = "CRF: SGD learning rate of the first step.", DefaultValueFactory = _ => 0.05f };
        var rateDecay = new Option<float>("--rate-decay") { Description = "CRF: the learning rate is multiplied by this per epoch.", DefaultValueFactory = _ => 0.85f };
        var command = new Command("entities", "Train the entity tagger on NER-UK 2.0 (train portion, minus a dev split for early stopping).")
        {
            data, output, epochs, patience, bits, seed, prune, noClusters, full, minCount, morphology, documentMemory, temperature, margin, stackedLabels, firstPassForm, realDocuments, fineClusters,
            learner, memoryLearner, l1, learningRate, rateDecay,
        };
        command.SetAction(parse =>
        {
            string dataDir = parse.GetValue(data) ?? EntityDataPaths.SharedData();
            string outPath = parse.GetValue(output) ?? Path.Combine(EntityDataPaths.Models(), EntityTagger.DefaultModelFile);
            var all = IobCorpus.Read(Path.Combine(dataDir, "ner-uk", "v2", "iob", "train.iob"));
            var (train, dev) = IobCorpus.SplitDev(all);
            Console.WriteLine($"train {train.Count:N0} sentences, dev {dev.Count:N0} sentences");
            List<(int, int)>? allDocuments = null, trainDocuments = null, devDocuments = null;
            if (parse.GetValue(realDocuments))
            {
                var owner = DocumentsOf(all, dataDir, "DEV");
                var (trainOwner, devOwner) = IobCorpus.SplitDev(owner);
                (allDocuments, trainDocuments, devDocuments) = (IobDocuments.Runs(owner), IobDocuments.Runs(trainOwner), IobDocuments.Runs(devOwner));
                Console.WriteLine($"documents: {allDocuments.Count} in train.iob, {trainDocuments.Count} runs in train, {devDocuments.Count} in dev");
            }
            var gazetteers = EntityLexiconBuilder.ReadGazetteers(Path.Combine(dataDir, "gazetteers"));
            var clusters = parse.GetValue(noClusters)
                ? []
                : WordClusterBuilder.Build(WordClusterBuilder.ReadCorpus(dataDir, all.Select(s => (IReadOnlyList<string>)s.Words)), new(Fine: parse.GetValue(fineClusters)), Console.WriteLine);
            var lexicon = new EntityLexicon(gazetteers, clusters, EntityLexiconBuilder.ReadAnalyses(dataDir));
            var options = new EntityTrainerOptions
            {
                MaxEpochs = parse.GetValue(epochs),
                Patience = parse.GetValue(patience),
                BucketBits = parse.GetValue(bits),
                Seed = parse.GetValue(seed),
                PruneBelow = parse.GetValue(prune),
                MinFeatureCount = parse.GetValue(minCount),
                UseMorphology = parse.GetValue(morphology),
                UseDocumentMemory = parse.GetValue(documentMemory),
                Margin = parse.GetValue(margin),
                UseStackedLabels = parse.GetValue(stackedLabels),
                TrainFirstPassForm = parse.GetValue(firstPassForm),
                Learner = parse.GetValue(learner),
                MemoryLearner = parse.GetValue(memoryLearner),
                L1 = parse.GetValue(l1),
                LearningRate = parse.GetValue(learningRate),
                RateDecay = parse.GetValue(rateDecay),
            };
            var clock = Stopwatch.StartNew();
            var trainer = new EntityTrainer(options, lexicon);
            bool useAll = parse.GetValue(full);
            var model = trainer.Train(useAll ? all : train, useAll ? null : dev, Console.WriteLine, useAll ? allDocuments : trainDocuments, devDocuments)
                .WithConfidenceTemperature(parse.GetValue(temperature));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            model.Save(outPath);
            Console.WriteLine($"best epoch {trainer.BestEpoch}, {model.Weights.NonZeroCount:N0} weights, {new FileInfo(outPath).Length / 1048576.0:0.0} MB -> {outPath} ({clock.Elapsed.TotalSeconds:0} s)");
            if (!useAll)
            {
                var devResult = EntityEvaluator.Evaluate(new EntityTagger(model), dev, devDocuments);
                Console.WriteLine("dev:");
                Console.Write(devResult.Scores.Format());
            }
            return 0;
        });
        return command;
    }

    public static Command CreateEvaluate()
    {
        var gold = new Option<string?>("--gold") { Description = "An IOB file, a folder holding test.iob (default: NER-UK 2.0 test.iob), or a brat folder (*.txt + *.ann): then the whole pipeline runs on the raw documents." };
        var split = new Option<string?>("--split") { Description = "With a brat folder: DEV or TEST of the NER-UK dev-test-split.txt found above it (default TEST; ALL for every document)." };
        var model = new Option<string?>("--model") { Description = "A model file (default: models/entities.bin, else the embedded model)." };
        var dev = new Option<bool>("--dev") { Description = "Score the dev split carved from train.iob instead of the test set." };
        var data = new Option<string?>("--data") { Description = "The shared data folder (default: ../shared/data beside the repo)." };
        var fitTemperature = new Option<bool>("--fit-temperature") { Description = "Find the confidence temperature with the smallest calibration error on these sentences (use --dev with a model trained without dev)." };
        var reliability = new Option<bool>("--reliability") { Description = "Also print how often mentions are correct per confidence bin, and the calibration error." };
        var errors = new Option<string?>("--errors") { Description = "Write the sentences with wrong or missed mentions to this file." };
        var realDocuments = new Option<bool>("--real-documents") { Description = "Tag the NER-UK documents (recovered from the brat texts; train.iob/test.iob only) instead of runs of 50 sentences as documents." };
        var command = new Command("entities", "Score the entity tagger on NER-UK IOB data: strict P/R/F1 per type, micro, macro, PERS+LOC+ORG, tokens/s.")
        {
            gold, model, dev, data, errors, split, reliability, fitTemperature, realDocuments,
        };
        command.Aliases.Add("ner");
        command.SetAction(parse =>
        {
            if (parse.GetValue(gold) is { } goldFolder && BratCorpus.IsBratFolder(goldFolder))
            {
                return EvaluateEntitiesOnDocuments.Run(goldFolder, parse.GetValue(split) ?? "TEST", parse.GetValue(model), parse.GetValue(errors));
            }

            string dataDir = parse.GetValue(data) ?? EntityDataPaths.SharedData();
            string iobDir = Path.Combine(dataDir, "ner-uk", "v2", "iob");
            List<IobSentence> sentences;
            string source;
            List<(int, int)>? documents = null;
            bool real = parse.GetValue(realDocuments);
            if (parse.GetValue(dev))
            {
                var all = IobCorpus.Read(Path.Combine(iobDir, "train.iob"));
                sentences = IobCorpus.SplitDev(all).Dev;
                source = "dev split of train.iob";
                if (real) documents = IobDocuments.Runs(IobCorpus.SplitDev(DocumentsOf(all, dataDir, "DEV")).Dev);
            }
            else
            {
                source = parse.GetValue(gold) ?? Path.Combine(iobDir, "test.iob");
                if (Directory.Exists(source)) source = Path.Combine(source, File.Exists(Path.Combine(source, "test.iob")) ? "test.iob" : Path.Combine("iob", "test.iob"));
                sentences = IobCorpus.Read(source);
                if (real)
                {
                    string part = Path.GetFileName(source) switch
                    {
                        "test.iob" => "TEST",
                        "train.iob" => "DEV",
                        _ => throw new ArgumentException("--real-documents needs NER-UK's train.iob or test.iob."),
                    };
                    documents = IobDocuments.Runs(DocumentsOf(sentences, dataDir, part));
                }
            }
            if (documents is not null) source += $" ({documents.Count} documents)";
            var tagger = LoadTagger(parse.GetValue(model), out string modelName);
            EntityEvaluator.Evaluate(tagger, sentences, documents); // warm-up, so tokens/s measures optimized code
            var result = EntityEvaluator.Evaluate(tagger, sentences, documents);
            Console.WriteLine($"model {modelName}; gold {source}: {sentences.Count:N0} sentences, {result.Tokens:N0} tokens");
            Console.Write(result.Scores.Format());
            if (parse.GetValue(reliability)) EntityEvaluator.WriteReliability(Console.Out, result);
            if (parse.GetValue(fitTemperature))
            {
                var (temperature, error) = EntityEvaluator.FitTemperature(tagger.Model, sentences, documents);
                Console.WriteLine($"confidence temperature {temperature} (calibration error {error:0.000}); train with --confidence-temperature {temperature}");
                EntityEvaluator.WriteReliability(Console.Out, EntityEvaluator.Evaluate(new EntityTagger(tagger.Model.WithConfidenceTemperature(temperature)), sentences, documents));
            }
            if (parse.GetValue(errors) is { } errorPath)
            {
                using var writer = new StreamWriter(errorPath);
                EntityEvaluator.WriteErrors(writer, sentences, result);
            }
            Console.WriteLine($"tagging: {result.Tokens:N0} tokens in {result.TaggingTime.TotalSeconds:0.00} s = {result.TokensPerSecond:N0} tokens/s ({result.TokensPerCpuSecond:N0} tokens per CPU second)");
            return 0;
        });
        return command;
    }

    /// <summary>The NER-UK document of each sentence of train.iob (<paramref name="part"/> DEV) or test.iob (TEST), from the brat texts.</summary>
    private static int[] DocumentsOf(IReadOnlyList<IobSentence> sentences, string dataDir, string part)
    {
        string root = Path.Combine(dataDir, "ner-uk", "v2");
        return IobDocuments.AssignFromBrat(sentences, Path.Combine(root, "data"), Path.Combine(root, "dev-test-split.txt"), part);
    }

    private static EntityTagger LoadTagger(string? path, out string name)
    {
        path ??= Path.Combine(EntityDataPaths.Models(), EntityTagger.DefaultModelFile);
        if (File.Exists(path))
        {
            name = path;
            return new EntityTagger(EntityTaggerModel.Load(path));
        }
        name = "embedded " + EntityTagger.DefaultModelFile;
        return EntityTagger.Default;
    }
}

/// <summary>Default locations relative to the repository root (the folder holding Extraction.sln).</summary>
internal static class EntityDataPaths
{
    public static string Root()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln"))) return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }

    public static string SharedData() => Path.GetFullPath(Path.Combine(Root(), "..", "shared", "data"));

    public static string Models() => Path.Combine(Root(), "models");
}
