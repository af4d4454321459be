using System.IO.Compression;
using System.Numerics.Tensors;
using System.Text.Json;
using System.Text.RegularExpressions;
using Extraction.Entities;

namespace Extraction.Training.Entities;

/// <summary>
/// Learns word clusters from unlabeled text for the tagger's features: each frequent word gets a vector of its
/// left and right neighbours (square-root counts over the most frequent context words, randomly projected to a dense
/// space), and spherical k-means groups the vectors at two granularities. Cluster ids pack the fine cluster in the low
/// 16 bits and the coarse one above. Documents of the NER-UK and BRUK test sets are left out.
/// </summary>
internal static partial class WordClusterBuilder
{
    [GeneratedRegex(@"\w+(?:['’ʼ-]\w+)*|[^\w\s]", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    public sealed record Options(int MinCount = 4, int ContextWords = 2000, int Dimensions = 128, int Coarse = 64, int Fine = 512, int Iterations = 12, int Seed = 7);

    /// <summary>Sentences (as token lists) of every unlabeled source usable for training, plus the given extra sentences.</summary>
    public static IEnumerable<IReadOnlyList<string>> ReadCorpus(string dataDirectory, IEnumerable<IReadOnlyList<string>> extra)
    {
        foreach (var sentence in extra) yield return sentence;
        foreach (string file in new[] { "bruk-press.jsonl", "ua-web-news-2024-11.jsonl" })
        {
            string path = Path.Combine(dataDirectory, "news", file);
            if (!File.Exists(path)) continue;
            foreach (string line in File.ReadLines(path))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (IsTest(root, "ner_uk_v2_split") || IsTest(root, "bruk_disambig_split")) continue;
                string text = (root.TryGetProperty("title", out var t) ? t.GetString() + "\n" : "") + root.GetProperty("text").GetString();
                foreach (string paragraph in text.Split('\n'))
                {
                    var tokens = TokenPattern().Matches(paragraph).Select(m => m.Value).ToList();
                    if (tokens.Count > 0) yield return tokens;
                }
            }
        }

        string tagged = Path.Combine(dataDirectory, "morphology", "bruk-tagged", "bruk-disambig.tsv.gz");
        string docs = Path.Combine(dataDirectory, "morphology", "bruk-tagged", "bruk-disambig-docs.tsv");
        if (!File.Exists(tagged) || !File.Exists(docs)) yield break;
        var excluded = File.ReadLines(docs).Skip(1).Select(l => l.Split('\t'))
            .Where(r => r.Length > 6 && (r[4] == "test" || r[6] == "test")).Select(r => r[0]).ToHashSet();
        using var reader = new StreamReader(new GZipStream(File.OpenRead(tagged), CompressionMode.Decompress));
        var current = new List<string>();
        bool skip = false;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("# doc_id = ", StringComparison.Ordinal))
            {
                skip = excluded.Contains(line["# doc_id = ".Length..].Trim());
                continue;
            }
            if (line.StartsWith('#')) continue;
            if (line.Length == 0)
            {
                if (current.Count > 0 && !skip) yield return current;
                current = [];
                continue;
            }
            int tab = line.IndexOf('\t');
            current.Add(tab < 0 ? line : line[..tab]);
        }
        if (current.Count > 0 && !skip) yield return current;
    }

    private static bool IsTest(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() == "test";

    /// <summary>Clusters the words of <paramref name="sentences"/>; keys are folded word hashes as the tagger computes them.</summary>
    public static Dictionary<ulong, int> Build(IEnumerable<IReadOnlyList<string>> sentences, Options options, Action<string>? log = null)
    {
        var ids = new Dictionary<ulong, int>();
        var counts = new List<int>();
        var corpus = new List<int[]>();
        long tokens = 0;
        foreach (var sentence in sentences)
        {
            var row = new int[sentence.Count];
            for (int i = 0; i < row.Length; i++)
            {
                ulong key = FeatureHashing.HashFolded(sentence[i]);
                if (!ids.TryGetValue(key, out int id))
                {
                    id = ids.Count;
                    ids[key] = id;
                    counts.Add(0);
                }
                counts[id]++;
                row[i] = id;
            }
            tokens += row.Length;
            corpus.Add(row);
        }
        var keys = new ulong[ids.Count];
        foreach (var (key, id) in ids) keys[id] = key;

        var byFrequency = Enumerable.Range(0, counts.Count).OrderByDescending(i => counts[i]).ThenBy(i => keys[i]).ToArray();
        var contextSlot = new int[counts.Count];
        Array.Fill(contextSlot, options.ContextWords);
        for (int r = 0; r < Math.Min(options.ContextWords, byFrequency.Length); r++) contextSlot[byFrequency[r]] = r;
        var vocabulary = byFrequency.Where(i => counts[i] >= options.MinCount).ToArray();
        var row2 = new int[counts.Count];
        Array.Fill(row2, -1);
        for (int v = 0; v < vocabulary.Length; v++) row2[vocabulary[v]] = v;
        log?.Invoke($"clusters: {tokens:N0} tokens, {counts.Count:N0} word types, {vocabulary.Length:N0} clustered");

        // Random ±1 projection of each (side, context word) slot.
        int d = options.Dimensions;
        int slots = 2 * (options.ContextWords + 1);
        var random = new Random(options.Seed);
        var projection = new float[slots * d];
        for (int i = 0; i < projection.Length; i++) projection[i] = random.Next(2) == 0 ? -1f : 1f;

        var contexts = new Dictionary<long, int>();
        foreach (var row in corpus)
        {
            for (int i = 0; i < row.Length; i++)
            {
                int v = row2[row[i]];
                if (v < 0) continue;
                int left = i > 0 ? contextSlot[row[i - 1]] : options.ContextWords;
                int right = options.ContextWords + 1 + (i + 1 < row.Length ? contextSlot[row[i + 1]] : options.ContextWords);
                Increment((long)v * slots + left);
                Increment((long)v * slots + right);
            }
        }
        var vectors = new float[vocabulary.Length * d];
        foreach (var (packed, count) in contexts)
        {
            int v = (int)(packed / slots);
            int slot = (int)(packed % slots);
            TensorPrimitives.MultiplyAdd(projection.AsSpan(slot * d, d), MathF.Sqrt(count), vectors.AsSpan(v * d, d), vectors.AsSpan(v * d, d));
        }
        for (int v = 0; v < vocabulary.Length; v++) Normalize(vectors.AsSpan(v * d, d));

        var coarse = KMeans(vectors, vocabulary.Length, d, options.Coarse, options.Iterations, options.Seed);
        var fine = KMeans(vectors, vocabulary.Length, d, options.Fine, options.Iterations, options.Seed + 1);
        var clusters = new Dictionary<ulong, int>(vocabulary.Length);
        for (int v = 0; v < vocabulary.Length; v++) clusters[keys[vocabulary[v]]] = (coarse[v] << 16) | fine[v];
        return clusters;

        void Increment(long key) => contexts[key] = contexts.TryGetValue(key, out int c) ? c + 1 : 1;
    }

    private static void Normalize(Span<float> vector)
    {
        float norm = TensorPrimitives.Norm(vector);
        if (norm > 0) TensorPrimitives.Divide(vector, norm, vector);
    }

    /// <summary>Spherical k-means (cosine) with centroids seeded from evenly spaced frequent words.</summary>
    private static int[] KMeans(float[] vectors, int count, int d, int k, int iterations, int seed)
    {
        k = Math.Min(k, count);
        var centroids = new float[k * d];
        var random = new Random(seed);
        for (int c = 0; c < k; c++)
        {
            int pick = random.Next(count);
            vectors.AsSpan(pick * d, d).CopyTo(centroids.AsSpan(c * d, d));
        }
        var assignment = new int[count];
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            Parallel.For(0, count, v =>
            {
                var vector = vectors.AsSpan(v * d, d);
                float best = float.NegativeInfinity;
                int bestCluster = 0;
                for (int c = 0; c < k; c++)
                {
                    float s = TensorPrimitives.Dot(vector, centroids.AsSpan(c * d, d));
                    if (s > best)
                    {
                        best = s;
                        bestCluster = c;
                    }
                }
                assignment[v] = bestCluster;
            });
            Array.Clear(centroids);
            var sizes = new int[k];
            for (int v = 0; v < count; v++)
            {
                sizes[assignment[v]]++;
                TensorPrimitives.Add(centroids.AsSpan(assignment[v] * d, d), vectors.AsSpan(v * d, d), centroids.AsSpan(assignment[v] * d, d));
            }
            for (int c = 0; c < k; c++)
            {
                if (sizes[c] == 0) vectors.AsSpan(random.Next(count) * d, d).CopyTo(centroids.AsSpan(c * d, d));
                Normalize(centroids.AsSpan(c * d, d));
            }
        }
        return assignment;
    }
}
