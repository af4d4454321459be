using System.Globalization;
using System.Text;

namespace Extraction.Training.KnowledgeBase;

/// <summary>
/// Writes the knowledge base's <c>countries.tsv</c>: one COUNTRY row per CLDR territory (code, Ukrainian and
/// English names, CLDR short/variant names as aliases) merged with the hand-written overlay
/// (<c>country-overlay.tsv</c>: acronyms, official long forms, Wikidata ids, nationality adjectives, demonyms).
/// Apostrophes are normalized to U+0027 so the shipped file has one shape.
/// </summary>
internal static class CountryTableGenerator
{
    /// <summary>The header shared by every knowledge-base table.</summary>
    public const string Header = "id\ttype\tname_uk\tname_en\taliases\twikidata\tiso\textra";

    /// <summary>Reads the CLDR territory list and the overlay and returns the lines of <c>countries.tsv</c>.</summary>
    public static IReadOnlyList<string> Generate(TextReader cldr, TextReader overlay)
    {
        var territories = ReadTerritories(cldr);
        ApplyOverlay(territories, overlay);

        var lines = new List<string>(territories.Count + 1) { Header };
        foreach (var t in territories.Values.OrderBy(t => t.Iso, StringComparer.Ordinal))
        {
            var aliases = t.Aliases.Where(a => !a.Equals(t.NameUk, StringComparison.OrdinalIgnoreCase)
                                            && !a.Equals(t.NameEn, StringComparison.OrdinalIgnoreCase))
                                   .Distinct(StringComparer.OrdinalIgnoreCase);
            var extras = new List<string>(2);
            if (t.Adjectives.Count > 0) extras.Add("adj=" + string.Join(",", t.Adjectives));
            if (t.Demonyms.Count > 0) extras.Add("dem=" + string.Join(",", t.Demonyms));
            string extra = string.Join(';', extras);
            lines.Add(string.Join('\t', "c-" + t.Iso, "COUNTRY", t.NameUk, t.NameEn, string.Join('|', aliases), t.Wikidata, t.Iso, extra));
        }
        return lines;
    }

    /// <summary>Generates from files and writes <paramref name="outputPath"/> with LF line ends.</summary>
    public static int WriteFile(string cldrPath, string overlayPath, string outputPath)
    {
        using var cldr = new StreamReader(cldrPath, Encoding.UTF8);
        using var overlay = new StreamReader(overlayPath, Encoding.UTF8);
        var lines = Generate(cldr, overlay);
        File.WriteAllText(outputPath, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        return lines.Count - 1;
    }

    /// <summary>Replaces the apostrophe look-alikes CLDR and writers use by U+0027.</summary>
    public static string NormalizeApostrophes(string s) =>
        s.Replace('\u02BC', '\'').Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('`', '\'');

    private static SortedDictionary<string, Territory> ReadTerritories(TextReader reader)
    {
        var result = new SortedDictionary<string, Territory>(StringComparer.Ordinal);
        string? header = reader.ReadLine();
        if (header is null || !header.StartsWith("code\t", StringComparison.Ordinal))
        {
            throw new InvalidDataException("The CLDR territory file has no 'code' header.");
        }
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0) continue;
            string[] f = line.Split('\t');
            if (f.Length < 7) throw new InvalidDataException($"Bad CLDR row: {line}");
            if (f[3] != "territory") continue; // regions and special codes (EU, UN) are not countries
            string code = f[0], variant = f[4], nameUk = NormalizeApostrophes(f[5]), nameEn = f[6];
            if (!result.TryGetValue(code, out var t))
            {
                t = new Territory(code);
                result.Add(code, t);
            }
            if (variant.Length == 0)
            {
                t.NameUk = nameUk;
                t.NameEn = nameEn;
            }
            else
            {
                t.Aliases.Add(nameUk);
                t.Aliases.Add(nameEn);
            }
        }
        foreach (var t in result.Values)
        {
            if (t.NameUk.Length == 0) throw new InvalidDataException($"CLDR territory {t.Iso} has no primary name.");
        }
        return result;
    }

    private static void ApplyOverlay(SortedDictionary<string, Territory> territories, TextReader reader)
    {
        string? header = reader.ReadLine();
        if (header != "iso\tname_uk\tname_en\taliases\twikidata\tadjectives\tdemonyms")
        {
            throw new InvalidDataException("Unexpected overlay header: " + header);
        }
        string? line;
        int lineNumber = 1;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            string[] f = NormalizeApostrophes(line).Split('\t');
            if (f.Length != 7) throw new InvalidDataException($"Overlay line {lineNumber}: expected 7 columns, got {f.Length}.");
            if (!territories.TryGetValue(f[0], out var t))
            {
                throw new InvalidDataException($"Overlay line {lineNumber}: {f[0]} is not a CLDR territory.");
            }
            if (f[1].Length > 0 && f[1] != t.NameUk)
            {
                t.Aliases.Add(t.NameUk);
                t.NameUk = f[1];
            }
            if (f[2].Length > 0 && f[2] != t.NameEn)
            {
                t.Aliases.Add(t.NameEn);
                t.NameEn = f[2];
            }
            foreach (string alias in f[3].Split('|', StringSplitOptions.RemoveEmptyEntries)) t.Aliases.Add(alias);
            t.Wikidata = f[4];
            foreach (string adj in f[5].Split('|', StringSplitOptions.RemoveEmptyEntries)) t.Adjectives.Add(adj.ToLower(CultureInfo.InvariantCulture));
            foreach (string demonym in f[6].Split('|', StringSplitOptions.RemoveEmptyEntries)) t.Demonyms.Add(demonym.ToLower(CultureInfo.InvariantCulture));
        }
    }

    private sealed class Territory(string iso)
    {
        public string Iso { get; } = iso;
        public string NameUk { get; set; } = "";
        public string NameEn { get; set; } = "";
        public string Wikidata { get; set; } = "";
        public List<string> Aliases { get; } = [];
        public List<string> Adjectives { get; } = [];
        public List<string> Demonyms { get; } = [];
    }
}
