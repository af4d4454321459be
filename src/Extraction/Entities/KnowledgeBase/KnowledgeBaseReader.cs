using System.Globalization;

namespace Extraction.Entities;

/// <summary>
/// Parses the knowledge-base tables: a header <c>id type name_uk name_en aliases wikidata iso extra</c>, then one
/// tab-separated row per entry; aliases are separated by '|', and <c>extra</c> holds <c>key=value</c> pairs
/// separated by ';' (adj=a,b · dem=a,b · capital_of=RU · country=RU · class=танк · order=eastern · surname=… · primary=1).
/// </summary>
internal static class KnowledgeBaseReader
{
    public const string Header = "id\ttype\tname_uk\tname_en\taliases\twikidata\tiso\textra";

    public static List<KbEntry> ReadTable(TextReader reader, string fileName)
    {
        bool classTable = fileName.StartsWith("weapon-classes", StringComparison.Ordinal);
        var entries = new List<KbEntry>();
        foreach (var (lineNumber, f) in Rows(reader, fileName, Header))
        {
            if (f.Length != 8) throw new InvalidDataException($"{fileName}:{lineNumber}: expected 8 columns, got {f.Length}.");
            if (!EntityTypeNames.TryParse(f[1], out var type)) throw new InvalidDataException($"{fileName}:{lineNumber}: unknown type '{f[1]}'.");
            if (f[0].Length == 0 || f[2].Length == 0) throw new InvalidDataException($"{fileName}:{lineNumber}: empty id or name.");
            entries.Add(Parse(f, type, classTable));
        }
        return entries;
    }

    /// <summary>Reads <c>alias	prefer	note</c> rows: aliases allowed to name entries of several types.</summary>
    public static Dictionary<string, EntityType> ReadAmbiguities(TextReader reader, string fileName)
    {
        var result = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var (lineNumber, f) in Rows(reader, fileName, "alias\tprefer\tnote"))
        {
            if (f.Length < 2 || !EntityTypeNames.TryParse(f[1], out var type))
            {
                throw new InvalidDataException($"{fileName}:{lineNumber}: expected 'alias<TAB>TYPE<TAB>note'.");
            }
            result[f[0]] = type;
        }
        return result;
    }

    /// <summary>The tab-separated rows after a required header line, with their 1-based line numbers; empty lines are skipped.</summary>
    private static IEnumerable<(int LineNumber, string[] Fields)> Rows(TextReader reader, string fileName, string header)
    {
        string? actual = reader.ReadLine();
        if (actual != header) throw new InvalidDataException($"{fileName}: unexpected header '{actual}'.");
        string? line;
        int lineNumber = 1;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length > 0) yield return (lineNumber, line.Split('\t'));
        }
    }

    private static KbEntry Parse(string[] f, EntityType type, bool classTable)
    {
        string nameUk = f[2];
        var extra = ParseExtra(f[7]);
        string? country = extra.GetValueOrDefault("country") ?? extra.GetValueOrDefault("capital_of");
        string? surname = null;
        if (type == EntityType.Person)
        {
            string[] words = nameUk.Split(' ');
            surname = extra.GetValueOrDefault("surname")
                ?? (words.Length < 2 ? null : extra.GetValueOrDefault("order") == "eastern" ? words[0] : words[^1]);
        }
        return new KbEntry(f[0], type, nameUk, f[3], f[4].Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            Wikidata = NullIfEmpty(f[5]),
            Iso = NullIfEmpty(f[6]),
            CountryIso = country,
            IsCapital = extra.ContainsKey("capital_of"),
            WeaponClass = extra.GetValueOrDefault("class"),
            IsWeaponClass = classTable,
            Adjectives = extra.TryGetValue("adj", out string? adj) ? adj.Split(',', StringSplitOptions.RemoveEmptyEntries) : [],
            Demonyms = extra.TryGetValue("dem", out string? dem) ? dem.Split(',', StringSplitOptions.RemoveEmptyEntries) : [],
            Surname = surname,
            IsPrimaryForSurname = extra.GetValueOrDefault("primary") == "1",
            IsEasternOrder = extra.GetValueOrDefault("order") == "eastern",
        };
    }

    private static Dictionary<string, string> ParseExtra(string extra)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in extra.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new InvalidDataException($"Bad extra field '{pair}'.");
            result[pair[..eq].ToLower(CultureInfo.InvariantCulture)] = pair[(eq + 1)..];
        }
        return result;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
