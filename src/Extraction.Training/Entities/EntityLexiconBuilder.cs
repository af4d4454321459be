using Extraction.Entities;

namespace Extraction.Training.Entities;

/// <summary>Builds the tagger's hashed gazetteers from the TSV lists in shared/data/gazetteers.</summary>
internal static class EntityLexiconBuilder
{
    private const string Vowels = "аеєиіїоуюяйь";

    public static HashSet<ulong>[] ReadGazetteers(string gazetteerDirectory)
    {
        var sets = new HashSet<ulong>[EntityLexicon.GazetteerCount];
        for (int g = 0; g < sets.Length; g++) sets[g] = [];

        foreach (var row in Rows(Path.Combine(gazetteerDirectory, "person-names-vesum.tsv")))
        {
            Add(row[1] == "fname" ? sets[EntityLexicon.FirstNames] : sets[EntityLexicon.Surnames], row[0]);
        }
        foreach (var row in Rows(Path.Combine(gazetteerDirectory, "name-frequencies-ubertext.tsv")))
        {
            Add(row[1] == "lname" ? sets[EntityLexicon.Surnames] : sets[EntityLexicon.FirstNames], row[0]);
        }
        foreach (var row in Rows(Path.Combine(gazetteerDirectory, "geo-names-vesum.tsv")))
        {
            Add(sets[EntityLexicon.Places], row[0]);
        }
        foreach (var row in Rows(Path.Combine(gazetteerDirectory, "territories-cldr-uk.tsv")))
        {
            if (row.Length < 7) continue;
            foreach (string word in row[5].Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length >= 3 && char.IsUpper(word[0])) Add(sets[EntityLexicon.Territories], word);
            }
        }
        string lexicon = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(gazetteerDirectory))!, "morphology", "bruk-tagged", "bruk-lexicon.tsv");
        if (File.Exists(lexicon)) AddLexiconForms(sets, lexicon);
        return sets;
    }

    /// <summary>
    /// Adds inflected forms from the BRUK lexicon: proper names by kind, and common words. Counts from the NER-UK test
    /// documents are subtracted, so nothing seen only in test text enters the model.
    /// </summary>
    private static void AddLexiconForms(HashSet<ulong>[] sets, string path)
    {
        foreach (var row in Rows(path))
        {
            if (row.Length < 5 || !int.TryParse(row[3], out int count) || !int.TryParse(row[4], out int inTest) || count - inTest <= 0) continue;
            string form = row[0];
            if (form.Length < 2 || !char.IsLetter(form[0])) continue;
            string tags = row[2];
            ulong key = FeatureHashing.HashFolded(form);
            if (!tags.Contains(":prop", StringComparison.Ordinal))
            {
                if (!tags.Contains(":abbr", StringComparison.Ordinal)) sets[EntityLexicon.CommonWords].Add(key);
                continue;
            }
            int set = tags.Contains(":fname", StringComparison.Ordinal) || tags.Contains(":pname", StringComparison.Ordinal) ? EntityLexicon.FirstNames
                : tags.Contains(":lname", StringComparison.Ordinal) ? EntityLexicon.Surnames
                : tags.Contains(":geo", StringComparison.Ordinal) ? EntityLexicon.Places
                : EntityLexicon.OtherProperNames;
            sets[set].Add(key);
        }
    }

    /// <summary>Adds a name and, when it ends in a vowel, its stem, so inflected forms reach it (see <see cref="EntityLexicon.GazetteerFlags"/>).</summary>
    private static void Add(HashSet<ulong> set, string name)
    {
        if (name.Length < 2 || name.Contains(' ')) return;
        set.Add(FeatureHashing.HashFolded(name));
        char last = char.ToLowerInvariant(name[^1]);
        if (name.Length >= 5 && Vowels.Contains(last)) set.Add(FeatureHashing.HashFolded(name.AsSpan(0, name.Length - 1)));
    }

    /// <summary>
    /// Each BRUK lexicon form's most frequent reading (lemma and a coarse tag class), counting only occurrences outside
    /// the NER-UK test documents.
    /// </summary>
    public static Dictionary<ulong, EntityLexicon.WordAnalysis> ReadAnalyses(string dataDirectory)
    {
        string path = Path.Combine(dataDirectory, "morphology", "bruk-tagged", "bruk-lexicon.tsv");
        var best = new Dictionary<ulong, (int Count, EntityLexicon.WordAnalysis Analysis)>();
        if (!File.Exists(path)) return [];
        foreach (var row in Rows(path))
        {
            if (row.Length < 5 || !int.TryParse(row[3], out int count) || !int.TryParse(row[4], out int inTest)) continue;
            int usable = count - inTest;
            if (usable <= 0) continue;
            ulong form = FeatureHashing.HashFolded(row[0]);
            var analysis = new EntityLexicon.WordAnalysis(FeatureHashing.HashFolded(row[1]), TagClass(row[2]));
            if (!best.TryGetValue(form, out var current) || usable > current.Count) best[form] = (usable, analysis);
        }
        return best.ToDictionary(p => p.Key, p => p.Value.Analysis);
    }

    /// <summary>POS, case and name kind of a VESUM tag string (gender, aspect and the like dropped), as a stable number.</summary>
    private static int TagClass(string tags)
    {
        var parts = tags.Split(':');
        var kept = parts.Take(1).Concat(parts.Skip(1).Where(p =>
            p.StartsWith("v_", StringComparison.Ordinal) || p is "prop" or "fname" or "lname" or "pname" or "geo" or "abbr" or "p" or "nv"));
        return (int)(FeatureHashing.HashFolded(string.Join(':', kept)) & 0x7FFFFFFF);
    }

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'));
}
