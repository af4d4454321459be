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
        return sets;
    }

    /// <summary>Adds a name and, when it ends in a vowel, its stem, so inflected forms reach it (see <see cref="EntityLexicon.GazetteerFlags"/>).</summary>
    private static void Add(HashSet<ulong> set, string name)
    {
        if (name.Length < 2 || name.Contains(' ')) return;
        set.Add(FeatureHashing.HashFolded(name));
        char last = char.ToLowerInvariant(name[^1]);
        if (name.Length >= 5 && Vowels.Contains(last)) set.Add(FeatureHashing.HashFolded(name.AsSpan(0, name.Length - 1)));
    }

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'));
}
