namespace Extraction.Entities;

/// <summary>The entity types of the schema (see README: PERSON, COUNTRY, … MISC).</summary>
public enum EntityType : byte
{
    /// <summary>A person's name, no titles.</summary>
    Person,
    /// <summary>A sovereign state or state-like polity.</summary>
    Country,
    /// <summary>Any other place: city, region, river, airfield, named building.</summary>
    Location,
    /// <summary>Company, agency, party, army unit, alliance, media.</summary>
    Organization,
    /// <summary>A weapon, munition or military platform: a named system or a class noun phrase.</summary>
    Weapon,
    /// <summary>A position or title of a person.</summary>
    Job,
    /// <summary>A date.</summary>
    Date,
    /// <summary>A time of day.</summary>
    Time,
    /// <summary>A period of time.</summary>
    Period,
    /// <summary>An amount of money.</summary>
    Money,
    /// <summary>A percentage.</summary>
    Percent,
    /// <summary>A quantity with a unit.</summary>
    Quantity,
    /// <summary>A named document (law, decree, agreement).</summary>
    Document,
    /// <summary>A named artifact (product, work of art, vehicle model).</summary>
    Artifact,
    /// <summary>Any other named thing.</summary>
    Misc,
}

/// <summary>Conversions between <see cref="EntityType"/> and the schema's upper-case labels.</summary>
public static class EntityTypeNames
{
    private static readonly string[] Labels =
    [
        "PERSON", "COUNTRY", "LOCATION", "ORGANIZATION", "WEAPON", "JOB", "DATE", "TIME", "PERIOD",
        "MONEY", "PERCENT", "QUANTITY", "DOCUMENT", "ARTIFACT", "MISC",
    ];

    /// <summary>The schema label of <paramref name="type"/>, e.g. <c>PERSON</c>.</summary>
    public static string ToLabel(this EntityType type) => Labels[(int)type];

    /// <summary>Parses a schema label (case-insensitive); returns false for an unknown label.</summary>
    public static bool TryParse(ReadOnlySpan<char> label, out EntityType type)
    {
        for (int i = 0; i < Labels.Length; i++)
        {
            if (label.Equals(Labels[i], StringComparison.OrdinalIgnoreCase))
            {
                type = (EntityType)i;
                return true;
            }
        }
        type = default;
        return false;
    }
}
