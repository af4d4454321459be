using Extraction.Entities;
using Extraction.Morphology;
using Extraction.Text;

namespace Extraction.Relations;

/// <summary>
/// Turns a candidate pair (two arguments of one sentence, <c>a</c> before <c>b</c>) into hashed feature indices.
/// Training and run time share this code, so the weights learned offline apply unchanged.
/// </summary>
internal static class RelationFeatures
{
    private const int MaxBetween = 12;
    private const int Window = 5;

    /// <summary>
    /// Appends the features of the pair (<paramref name="a"/>, <paramref name="b"/>) to <paramref name="output"/>;
    /// <paramref name="sentenceTriggers"/> may hold the sentence's <see cref="SentenceTriggers"/> when many pairs of one
    /// sentence are scored (null finds them here).
    /// </summary>
    public static void Extract(
        ReadOnlySpan<Token> tokens, Sentence sentence, IReadOnlyList<ArgumentCandidate> arguments,
        ArgumentCandidate a, ArgumentCandidate b, int hashBits, List<int> output, List<string>? sentenceTriggers = null)
    {
        var h = new Hasher(hashBits, output);
        string types = TypeCode(a) + ">" + TypeCode(b);
        h.Add("t", types);
        h.Add("k", KindCode(a), KindCode(b));
        int gap = Math.Max(0, b.FirstToken - a.EndToken);
        h.Add("d", types, DistanceBucket(gap));
        h.Add("pa", a.Preposition ?? "-", a.Case ?? "-");
        h.Add("pb", b.Preposition ?? "-", b.Case ?? "-");
        h.Add("pab", types, (a.Preposition ?? "-") + (a.Case ?? "-"), (b.Preposition ?? "-") + (b.Case ?? "-"));
        h.Add("pbt", types, (b.Preposition ?? "-") + (b.Case ?? "-"));
        h.Add("pat", types, (a.Preposition ?? "-") + (a.Case ?? "-"));
        if (gap == 0) h.Add("adj", types);
        if (a.IsCapital) h.Add("capa", TypeCode(b));
        if (b.IsCapital) h.Add("capb", TypeCode(a));

        int others = 0;
        foreach (var other in arguments)
        {
            if (other.FirstToken >= a.EndToken && other.EndToken <= b.FirstToken) others++;
        }
        h.Add("ob", types, Math.Min(others, 3).ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Words between the pair: all of them when close, else the nearest to each side.
        bool comma = false;
        string? verbBetween = null;
        for (int i = a.EndToken; i < b.FirstToken; i++)
        {
            if (gap > MaxBetween && i >= a.EndToken + MaxBetween / 2 && i < b.FirstToken - MaxBetween / 2) continue;
            ref readonly var token = ref tokens[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                if (token.Text == ",") comma = true;
                h.Add("bp", token.Text);
                continue;
            }
            string lemma = TokenFeatures.LemmaOf(token);
            h.Add("bw", lemma);
            if (TriggerLexicon.ClassOf(lemma) is { } cls)
            {
                h.Add("bt", cls, types);
                h.Add("btc", cls);
            }
            if (token.Pos == UniversalPos.NOUN) h.Add("bn", lemma, types);
            if (token.Pos == UniversalPos.VERB)
            {
                h.Add("bv", lemma, types);
                verbBetween ??= lemma;
                if (TokenFeatures.Get(token, "Tense") is { } tense) h.Add("bvt", tense);
            }
        }
        if (comma) h.Add("bc", types);
        if (verbBetween is null) h.Add("nv", types);

        // Context left of a and right of b.
        int start = Math.Max(sentence.FirstToken, a.FirstToken - Window);
        for (int i = a.FirstToken - 1, n = 0; i >= start; i--, n++)
        {
            string lemma = TokenFeatures.LemmaOf(tokens[i]);
            if (n < 2) h.Add("l" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), lemma);
            if (TriggerLexicon.ClassOf(lemma) is { } cls) h.Add("lt", cls, types);
            if (tokens[i].Pos == UniversalPos.VERB) h.Add("lv", lemma, types);
        }
        int end = Math.Min(sentence.EndToken, b.EndToken + Window);
        for (int i = b.EndToken, n = 0; i < end; i++, n++)
        {
            string lemma = TokenFeatures.LemmaOf(tokens[i]);
            if (n < 2) h.Add("r" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), lemma);
            if (TriggerLexicon.ClassOf(lemma) is { } cls) h.Add("rt", cls, types);
            if (tokens[i].Pos == UniversalPos.VERB) h.Add("rv", lemma, types);
        }

        // Trigger classes anywhere in the sentence.
        foreach (string cls in sentenceTriggers ?? SentenceTriggers(tokens, sentence)) h.Add("st", cls, types);
        h.Add("bias", types);
    }

    /// <summary>The trigger classes of the sentence's words, in word order (the same for every pair of the sentence).</summary>
    public static List<string> SentenceTriggers(ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        var classes = new List<string>();
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (TriggerLexicon.ClassOf(tokens[i].Lemma) is { } cls) classes.Add(cls);
        }
        return classes;
    }

    /// <summary>One-letter code of the argument's type, with <c>k</c> added for a capital that can stand for a state.</summary>
    private static string TypeCode(ArgumentCandidate argument) => argument.Type switch
    {
        EntityType.Person => "P",
        EntityType.Country => "C",
        EntityType.Location => argument.IsCapital ? "Lk" : "L",
        EntityType.Organization => "O",
        EntityType.Weapon => "W",
        _ => "X",
    };

    private static string KindCode(ArgumentCandidate argument) => argument.Kind switch
    {
        ArgumentKind.Adjective => "a",
        ArgumentKind.Demonym => "d",
        ArgumentKind.Pronoun => "p",
        _ => "m",
    };

    private static string DistanceBucket(int gap) => gap switch
    {
        0 => "0",
        1 => "1",
        2 => "2",
        <= 4 => "3-4",
        <= 7 => "5-7",
        <= 12 => "8-12",
        _ => "13+",
    };

    /// <summary>FNV-1a over a template name and its values, reduced to the hash range.</summary>
    private readonly ref struct Hasher
    {
        private readonly int _mask;
        private readonly List<int> output;

        public Hasher(int bits, List<int> output)
        {
            _mask = (1 << bits) - 1;
            this.output = output;
        }

        public void Add(string template, string value) => output.Add(Finish(Mix(Mix(2166136261u, template), value)));

        public void Add(string template, string value1, string value2) =>
            output.Add(Finish(Mix(Mix(Mix(2166136261u, template), value1), value2)));

        public void Add(string template, string value1, string value2, string value3) =>
            output.Add(Finish(Mix(Mix(Mix(Mix(2166136261u, template), value1), value2), value3)));

        private int Finish(uint hash)
        {
            hash ^= hash >> 15;
            hash *= 0x2c1b3c6dU;
            hash ^= hash >> 12;
            return (int)(hash & (uint)_mask);
        }

        private static uint Mix(uint hash, string value)
        {
            foreach (char c in value)
            {
                hash ^= c;
                hash *= 16777619u;
            }
            hash ^= 0x1f; // separator, so ("ab","c") and ("a","bc") differ
            hash *= 16777619u;
            return hash;
        }
    }
}
