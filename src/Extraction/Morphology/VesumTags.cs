using System.Text;

namespace Extraction.Morphology;

/// <summary>
/// Decodes VESUM tag strings (<c>noun:inanim:f:v_oru:prop:geo</c>) and maps them to Universal Dependencies
/// part of speech and features, following the conventions of the UD Ukrainian-IU treebank.
/// </summary>
internal static class VesumTags
{
    /// <summary>Tags that only mark style, spelling variants or paradigm homonyms; they never change the UD analysis.</summary>
    private static readonly HashSet<string> Dropped =
    [
        "xp1", "xp2", "xp3", "xp4", "xp5", "xp6", "xp7", "xp8", "xp9", "bad", "alt", "arch", "subst", "rare", "slang", "vulg",
        "obsc", "err", "var", "short", "long", "insert", "predic", "ranim", "rinanim", "xmltag", "coll", "up92", "up19", "v-u",
        "aprt", "noinfl",
    ];

    /// <summary>UD's closed auxiliary class: the copula and the conditional particle.</summary>
    private static readonly HashSet<string> AuxiliaryLemmas = ["бути", "б", "би"];

    /// <summary>
    /// Removes tags that do not affect the analysis, so equal analyses share one tag string, and marks UD auxiliaries
    /// (decided by <paramref name="lemma"/>) with an extra <c>aux</c> tag.
    /// </summary>
    public static string Normalize(string tags, string lemma)
    {
        var parts = tags.Split(':');
        var kept = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (!Dropped.Contains(part) && !kept.Contains(part)) kept.Add(part);
        }
        if (parts[0] is "verb" or "part" && AuxiliaryLemmas.Contains(lemma)) kept.Add("aux");
        return string.Join(':', kept);
    }

    /// <summary>Decodes a normalized tag string.</summary>
    public static TagInfo Decode(string tags)
    {
        var parts = tags.Split(':');
        var set = new HashSet<string>(parts);
        var wordClass = parts[0] switch
        {
            "noun" => WordClass.Noun,
            "adj" => WordClass.Adjective,
            "verb" => WordClass.Verb,
            "adv" => WordClass.Adverb,
            "advp" => WordClass.AdverbialParticiple,
            "prep" => WordClass.Preposition,
            "conj" => WordClass.Conjunction,
            "part" => WordClass.Particle,
            "intj" or "onomat" => WordClass.Interjection,
            "numr" => WordClass.Numeral,
            "punct" => WordClass.Punctuation,
            "number" or "date" or "time" => WordClass.Number,
            "symb" => WordClass.Symbol,
            _ => WordClass.Uninflected,
        };

        byte grammaticalCase = 0;
        foreach (var part in parts)
        {
            grammaticalCase = part switch
            {
                "v_naz" => 1, "v_rod" => 2, "v_dav" => 3, "v_zna" => 4, "v_oru" => 5, "v_mis" => 6, "v_kly" => 7,
                _ => grammaticalCase,
            };
        }
        byte gender = set.Contains("m") ? TagInfo.Masculine : set.Contains("f") ? TagInfo.Feminine : set.Contains("n") ? TagInfo.Neuter : (byte)0;
        byte number = set.Contains("p") ? TagInfo.Plural
            : set.Contains("s") || gender != 0 ? TagInfo.Singular
            : (byte)0;

        var flags = TagFlags.None;
        if (set.Contains("prop")) flags |= TagFlags.Proper;
        if (set.Contains("pron")) flags |= TagFlags.Pronoun;
        if (set.Contains("nv")) flags |= TagFlags.Indeclinable;
        if (set.Contains("ns")) flags |= TagFlags.PluraleTantum;
        if (set.Contains("abbr")) flags |= TagFlags.Abbreviation;
        if (set.Contains("adjp")) flags |= TagFlags.Participle;
        if (set.Contains("numr") && wordClass == WordClass.Adjective) flags |= TagFlags.Ordinal;
        if (set.Contains("fname")) flags |= TagFlags.FirstName;
        if (set.Contains("lname")) flags |= TagFlags.Surname;
        if (set.Contains("pname")) flags |= TagFlags.Patronymic;
        if (set.Contains("geo")) flags |= TagFlags.Geo;
        if (set.Contains("anim")) flags |= TagFlags.Animate;

        var pos = MapPos(wordClass, set);
        string? features = MapFeatures(wordClass, pos, set, grammaticalCase, number, gender);
        return new TagInfo(tags, pos, features, wordClass, grammaticalCase, number, gender, flags);
    }

    private static UniversalPos MapPos(WordClass wordClass, HashSet<string> set) => wordClass switch
    {
        WordClass.Noun => set.Contains("pron") ? UniversalPos.PRON : set.Contains("prop") ? UniversalPos.PROPN : UniversalPos.NOUN,
        WordClass.Adjective => set.Contains("pron") ? UniversalPos.DET : UniversalPos.ADJ,
        WordClass.Verb => set.Contains("aux") ? UniversalPos.AUX : UniversalPos.VERB,
        WordClass.AdverbialParticiple => UniversalPos.VERB,
        WordClass.Adverb => UniversalPos.ADV,
        WordClass.Preposition => UniversalPos.ADP,
        WordClass.Conjunction => set.Contains("subord") ? UniversalPos.SCONJ : UniversalPos.CCONJ,
        WordClass.Particle => set.Contains("aux") ? UniversalPos.AUX : UniversalPos.PART,
        WordClass.Interjection => UniversalPos.INTJ,
        WordClass.Numeral or WordClass.Number => UniversalPos.NUM,
        WordClass.Punctuation => UniversalPos.PUNCT,
        WordClass.Symbol => UniversalPos.SYM,
        _ => UniversalPos.X,
    };

    private static string? MapFeatures(WordClass wordClass, UniversalPos pos, HashSet<string> set, byte grammaticalCase, byte number, byte gender)
    {
        // UD orders features alphabetically by name.
        var features = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (set.Contains("abbr")) features["Abbr"] = "Yes";
        if (wordClass == WordClass.Noun)
        {
            if (set.Contains("anim")) features["Animacy"] = "Anim";
            else if (set.Contains("inanim")) features["Animacy"] = "Inan";
        }
        if (wordClass is WordClass.Verb or WordClass.AdverbialParticiple || set.Contains("adjp"))
        {
            if (set.Contains("imperf")) features["Aspect"] = "Imp";
            else if (set.Contains("perf")) features["Aspect"] = "Perf";
        }
        if (grammaticalCase != 0) features["Case"] = CaseNames[grammaticalCase];
        if (set.Contains("compb")) features["Degree"] = "Pos";
        else if (set.Contains("compc")) features["Degree"] = "Cmp";
        else if (set.Contains("comps")) features["Degree"] = "Sup";
        if (gender != 0 && number != TagInfo.Plural) features["Gender"] = gender switch { 1 => "Masc", 2 => "Fem", _ => "Neut" };
        if (wordClass == WordClass.Verb)
        {
            if (set.Contains("impr")) features["Mood"] = "Imp";
            else if (!set.Contains("inf")) features["Mood"] = "Ind";
        }
        if (set.Contains("fname")) features["NameType"] = "Giv";
        else if (set.Contains("lname")) features["NameType"] = "Sur";
        else if (set.Contains("pname")) features["NameType"] = "Pat";
        else if (set.Contains("geo")) features["NameType"] = "Geo";
        if (set.Contains("numr")) features["NumType"] = wordClass == WordClass.Adjective ? "Ord" : "Card";
        if (set.Contains("ns")) features["Number"] = "Ptan";
        else if (number == TagInfo.Plural) features["Number"] = "Plur";
        else if (number == TagInfo.Singular) features["Number"] = "Sing";
        if (set.Contains("1")) features["Person"] = "1";
        else if (set.Contains("2")) features["Person"] = "2";
        else if (set.Contains("3")) features["Person"] = "3";
        else if (set.Contains("impers")) features["Person"] = "0";
        if (set.Contains("pos")) features["Poss"] = "Yes";
        if (pos is UniversalPos.PRON or UniversalPos.DET || (pos == UniversalPos.ADV && set.Contains("pron")))
        {
            string? pronType = set.Contains("pers") || set.Contains("refl") || set.Contains("pos") ? "Prs"
                : set.Contains("dem") ? "Dem"
                : set.Contains("int") && set.Contains("rel") ? "Int,Rel"
                : set.Contains("int") ? "Int"
                : set.Contains("rel") ? "Rel"
                : set.Contains("neg") ? "Neg"
                : set.Contains("ind") ? "Ind"
                : set.Contains("def") || set.Contains("gen") ? "Tot"
                : set.Contains("emph") ? "Emp"
                : null;
            if (pronType is not null) features["PronType"] = pronType;
        }
        if (set.Contains("refl")) features["Reflex"] = "Yes";
        if (set.Contains("past")) features["Tense"] = "Past";
        else if (set.Contains("pres")) features["Tense"] = "Pres";
        else if (set.Contains("futr")) features["Tense"] = "Fut";
        if (set.Contains("nv")) features["Uninflect"] = "Yes";
        if (wordClass == WordClass.Verb) features["VerbForm"] = set.Contains("inf") ? "Inf" : "Fin";
        else if (wordClass == WordClass.AdverbialParticiple) features["VerbForm"] = "Conv";
        else if (set.Contains("adjp")) features["VerbForm"] = "Part";
        if (set.Contains("adjp"))
        {
            if (set.Contains("actv")) features["Voice"] = "Act";
            else if (set.Contains("pasv")) features["Voice"] = "Pass";
        }
        if (features.Count == 0) return null;
        var builder = new StringBuilder();
        foreach (var (name, value) in features)
        {
            if (builder.Length > 0) builder.Append('|');
            builder.Append(name).Append('=').Append(value);
        }
        return builder.ToString();
    }

    private static readonly string[] CaseNames = ["", "Nom", "Gen", "Dat", "Acc", "Ins", "Loc", "Voc"];
}
