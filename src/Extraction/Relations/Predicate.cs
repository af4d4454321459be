namespace Extraction.Relations;

/// <summary>The relation predicates of the schema.</summary>
public enum Predicate : byte
{
    /// <summary>PERSON ↔ PERSON (symmetric).</summary>
    MetWith,
    /// <summary>PERSON → COUNTRY, ORGANIZATION, with a <c>role</c>.</summary>
    HoldsRole,
    /// <summary>PERSON → COUNTRY, LOCATION.</summary>
    Visited,
    /// <summary>PERSON → WEAPON, LOCATION, ORGANIZATION.</summary>
    Inspected,
    /// <summary>COUNTRY, ORGANIZATION ↔ COUNTRY, ORGANIZATION (symmetric), with a <c>domain</c>.</summary>
    CooperatesWith,
    /// <summary>COUNTRY, ORGANIZATION, PERSON → WEAPON, with a <c>recipient</c>.</summary>
    Supplies,
    /// <summary>COUNTRY, ORGANIZATION, PERSON → WEAPON, with a <c>provider</c>.</summary>
    Seeks,
    /// <summary>COUNTRY, ORGANIZATION → WEAPON.</summary>
    Possesses,
    /// <summary>COUNTRY, ORGANIZATION, LOCATION → WEAPON.</summary>
    Produces,
    /// <summary>COUNTRY, ORGANIZATION → WEAPON, with a <c>target</c>.</summary>
    Uses,
    /// <summary>COUNTRY, ORGANIZATION → COUNTRY, LOCATION, ORGANIZATION, with a <c>weapon</c>.</summary>
    Attacks,
    /// <summary>COUNTRY, ORGANIZATION → WEAPON.</summary>
    Destroyed,
    /// <summary>COUNTRY, ORGANIZATION → COUNTRY, ORGANIZATION, PERSON.</summary>
    Sanctions,
    /// <summary>PERSON, COUNTRY, ORGANIZATION → ORGANIZATION.</summary>
    MemberOf,
    /// <summary>LOCATION, ORGANIZATION → COUNTRY, LOCATION.</summary>
    LocatedIn,
}

/// <summary>How the text presents a relation.</summary>
public enum Modality : byte
{
    /// <summary>Stated as fact.</summary>
    Asserted,
    /// <summary>Stated as possible, planned, wanted or expected.</summary>
    Possible,
    /// <summary>Denied, or hoped or urged not to happen.</summary>
    Negated,
}
