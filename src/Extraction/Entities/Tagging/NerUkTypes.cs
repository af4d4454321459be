namespace Extraction.Entities;

/// <summary>The 13 NER-UK 2.0 entity labels and their schema types.</summary>
internal static class NerUkTypes
{
    /// <summary>NER-UK labels in the tagger's type order.</summary>
    public static IReadOnlyList<string> All { get; } =
        ["PERS", "ORG", "LOC", "DATE", "JOB", "MON", "ART", "PERIOD", "MISC", "QUANT", "PCT", "DOC", "TIME"];

    public static bool TryParse(ReadOnlySpan<char> label, out EntityType type)
    {
        switch (label)
        {
            case "PERS": type = EntityType.Person; return true;
            case "ORG": type = EntityType.Organization; return true;
            case "LOC": type = EntityType.Location; return true;
            case "DATE": type = EntityType.Date; return true;
            case "JOB": type = EntityType.Job; return true;
            case "MON": type = EntityType.Money; return true;
            case "ART": type = EntityType.Artifact; return true;
            case "PERIOD": type = EntityType.Period; return true;
            case "MISC": type = EntityType.Misc; return true;
            case "QUANT": type = EntityType.Quantity; return true;
            case "PCT": type = EntityType.Percent; return true;
            case "DOC": type = EntityType.Document; return true;
            case "TIME": type = EntityType.Time; return true;
            default: type = default; return false;
        }
    }

    public static EntityType ToEntityType(string label) =>
        TryParse(label, out var type) ? type : throw new ArgumentException($"Unknown NER-UK label '{label}'.", nameof(label));

    /// <summary>The NER-UK label a schema type is scored as (COUNTRY counts as LOC, WEAPON as ART).</summary>
    public static string ToNerUk(EntityType type) => type switch
    {
        EntityType.Person => "PERS",
        EntityType.Organization => "ORG",
        EntityType.Location or EntityType.Country => "LOC",
        EntityType.Date => "DATE",
        EntityType.Job => "JOB",
        EntityType.Money => "MON",
        EntityType.Artifact or EntityType.Weapon => "ART",
        EntityType.Period => "PERIOD",
        EntityType.Misc => "MISC",
        EntityType.Quantity => "QUANT",
        EntityType.Percent => "PCT",
        EntityType.Document => "DOC",
        EntityType.Time => "TIME",
        _ => "MISC",
    };
}
