using System.Globalization;
using System.Text;

namespace Extraction.Training.Entities;

/// <summary>Strict (exact span and type) precision, recall and F1 per entity type, with micro and macro totals.</summary>
internal sealed class NerScores
{
    private readonly SortedDictionary<string, Counts> _byType = new(StringComparer.Ordinal);

    /// <summary>Gold, predicted and matching span counts of one type.</summary>
    internal sealed class Counts
    {
        public int Gold;
        public int Predicted;
        public int Correct;

        public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
        public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    /// <summary>Adds one sentence (or document): spans match only with equal start, end and type.</summary>
    public void Add(IEnumerable<LabeledSpan> gold, IEnumerable<LabeledSpan> predicted)
    {
        var goldSet = new HashSet<LabeledSpan>(gold);
        foreach (var span in goldSet) For(span.Type).Gold++;
        foreach (var span in new HashSet<LabeledSpan>(predicted))
        {
            var counts = For(span.Type);
            counts.Predicted++;
            if (goldSet.Contains(span)) counts.Correct++;
        }
    }

    public IReadOnlyDictionary<string, Counts> ByType => _byType;

    /// <summary>Micro totals over <paramref name="types"/> (all types when null).</summary>
    public Counts Micro(IEnumerable<string>? types = null)
    {
        var total = new Counts();
        foreach (var (type, c) in _byType)
        {
            if (types is not null && !types.Contains(type)) continue;
            total.Gold += c.Gold;
            total.Predicted += c.Predicted;
            total.Correct += c.Correct;
        }
        return total;
    }

    /// <summary>Mean F1 over the types that occur in the gold data.</summary>
    public double MacroF1()
    {
        var withGold = _byType.Values.Where(c => c.Gold > 0).ToList();
        return withGold.Count == 0 ? 0 : withGold.Average(c => c.F1);
    }

    /// <summary>F1 of PERS, LOC and ORG taken together (micro).</summary>
    public double PersonLocationOrganizationF1() => Micro(["PERS", "LOC", "ORG"]).F1;

    public string Format()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"type",-8} {"gold",6} {"pred",6} {"correct",7} {"P",6} {"R",6} {"F1",6}");
        foreach (var (type, c) in _byType) Line(type, c);
        Line("micro", Micro());
        text.AppendLine(CultureInfo.InvariantCulture, $"macro-F1 {MacroF1():0.0000}");
        text.AppendLine(CultureInfo.InvariantCulture, $"PERS+LOC+ORG F1 {PersonLocationOrganizationF1():0.0000}");
        return text.ToString();

        void Line(string name, Counts c) => text.AppendLine(CultureInfo.InvariantCulture,
            $"{name,-8} {c.Gold,6} {c.Predicted,6} {c.Correct,7} {c.Precision,6:0.0000} {c.Recall,6:0.0000} {c.F1,6:0.0000}");
    }

    private Counts For(string type)
    {
        if (!_byType.TryGetValue(type, out var counts)) _byType[type] = counts = new Counts();
        return counts;
    }
}
