using Extraction.Entities;

namespace Extraction.Relations;

/// <summary>The type signature of every predicate (../shared/spec/relations.md): which entity types may be subject and object.</summary>
public static class RelationSignatures
{
    private static readonly EntityType[] CountryOrg = [EntityType.Country, EntityType.Organization];
    private static readonly EntityType[] Weapon = [EntityType.Weapon];

    private static readonly (EntityType[] Subjects, EntityType[] Objects)[] Signatures =
    [
        /* MetWith */        ([EntityType.Person], [EntityType.Person]),
        /* HoldsRole */      ([EntityType.Person], CountryOrg),
        /* Visited */        ([EntityType.Person], [EntityType.Country, EntityType.Location]),
        /* Inspected */      ([EntityType.Person], [EntityType.Weapon, EntityType.Location, EntityType.Organization]),
        /* CooperatesWith */ (CountryOrg, CountryOrg),
        /* Supplies */       ([EntityType.Country, EntityType.Organization, EntityType.Person], Weapon),
        /* Seeks */          ([EntityType.Country, EntityType.Organization, EntityType.Person], Weapon),
        /* Possesses */      (CountryOrg, Weapon),
        /* Produces */       ([EntityType.Country, EntityType.Organization, EntityType.Location], Weapon),
        /* Uses */           (CountryOrg, Weapon),
        /* Attacks */        (CountryOrg, [EntityType.Country, EntityType.Location, EntityType.Organization]),
        /* Destroyed */      (CountryOrg, Weapon),
        /* Sanctions */      (CountryOrg, [EntityType.Country, EntityType.Organization, EntityType.Person]),
        /* MemberOf */       ([EntityType.Person, EntityType.Country, EntityType.Organization], [EntityType.Organization]),
        /* LocatedIn */      ([EntityType.Location, EntityType.Organization], [EntityType.Country, EntityType.Location]),
    ];

    /// <summary>True when <paramref name="predicate"/> may hold between a subject and an object of these types.</summary>
    public static bool Allows(Predicate predicate, EntityType subject, EntityType @object)
    {
        var (subjects, objects) = Signatures[(int)predicate];
        return Array.IndexOf(subjects, subject) >= 0 && Array.IndexOf(objects, @object) >= 0;
    }

    /// <summary>True for the symmetric predicates (MET_WITH, COOPERATES_WITH).</summary>
    public static bool IsSymmetric(Predicate predicate) => predicate is Predicate.MetWith or Predicate.CooperatesWith;
}
