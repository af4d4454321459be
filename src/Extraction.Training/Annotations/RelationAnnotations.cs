using System.Collections.Immutable;
using System.Globalization;
using Extraction.Entities;
using Extraction.Relations;
using Extraction.Text;

namespace Extraction.Training.Annotations;

/// <summary>An article listed in <c>relations-docs.tsv</c>: read in full and annotated completely.</summary>
/// <param name="DocId">The article id in the news corpus.</param>
/// <param name="Split"><c>train</c> or <c>test</c>.</param>
/// <param name="AnnotatedChars">Length of the article text in UTF-16 code units when it was annotated.</param>
public sealed record RelationAnnotatedDocument(string DocId, string Split, int AnnotatedChars);

/// <summary>A gold relation from <c>relations.tsv</c> (see docs/annotation/relations.md).</summary>
/// <param name="DocId">The article id.</param>
/// <param name="Subject">A mention of the subject entity.</param>
/// <param name="SubjectType">The subject entity's type.</param>
/// <param name="Predicate">The predicate.</param>
/// <param name="Object">A mention of the object entity.</param>
/// <param name="ObjectType">The object entity's type.</param>
/// <param name="Modality">Asserted, possible or negated.</param>
/// <param name="SpanArguments">Span-valued extra arguments (role, recipient, provider, target, weapon, subj_ref, obj_ref).</param>
/// <param name="WordArguments">Word-valued extra arguments (domain, subj_kind, obj_kind, subj_metonymy, obj_metonymy).</param>
/// <param name="Source">The mention the statement is attributed to, if any.</param>
/// <param name="Evidence">The sentence that states the relation.</param>
public sealed record RelationAnnotation(
    string DocId,
    TextSpan Subject,
    EntityType SubjectType,
    Predicate Predicate,
    TextSpan Object,
    EntityType ObjectType,
    Modality Modality,
    ImmutableDictionary<string, TextSpan> SpanArguments,
    ImmutableDictionary<string, string> WordArguments,
    TextSpan? Source,
    TextSpan Evidence);

/// <summary>Reads the relation annotation files and knows their vocabulary.</summary>
public static class RelationAnnotations
{
    /// <summary>Argument keys whose value is a <c>start:end</c> span.</summary>
    public static readonly ImmutableHashSet<string> SpanKeys =
        ["role", "recipient", "provider", "target", "weapon", "subj_ref", "obj_ref"];

    /// <summary>Argument keys whose value is a plain word.</summary>
    public static readonly ImmutableHashSet<string> WordKeys =
        ["domain", "subj_kind", "obj_kind", "subj_metonymy", "obj_metonymy"];

    /// <summary>The split rule: <c>test</c> when the hex part of the id is divisible by 5.</summary>
    /// <param name="docId">An id of the form <c>host:hex</c>.</param>
    /// <returns><c>test</c> or <c>train</c>.</returns>
    public static string SplitOf(string docId)
    {
        ArgumentNullException.ThrowIfNull(docId);
        string hex = docId[(docId.LastIndexOf(':') + 1)..];
        ulong value = ulong.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return value % 5 == 0 ? "test" : "train";
    }

    /// <summary>Maps a schema predicate name (e.g. <c>MET_WITH</c>) to <see cref="Predicate"/>.</summary>
    /// <param name="name">The upper-case name.</param>
    /// <param name="predicate">The predicate, when known.</param>
    /// <returns>Whether the name is a schema predicate.</returns>
    public static bool TryParsePredicate(string name, out Predicate predicate)
    {
        ArgumentNullException.ThrowIfNull(name);
        predicate = default;
        return name.Length > 0
            && name.All(c => c is (>= 'A' and <= 'Z') or '_')
            && Enum.TryParse(name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out predicate);
    }

    /// <summary>Maps an upper-case type name (e.g. <c>PERSON</c>) to one of the six relation argument types.</summary>
    /// <param name="name">The upper-case name.</param>
    /// <param name="type">The type, when it is PERSON, COUNTRY, LOCATION, ORGANIZATION, WEAPON or JOB.</param>
    /// <returns>Whether the name is one of those six.</returns>
    public static bool TryParseArgumentType(string name, out EntityType type)
    {
        type = name switch
        {
            "PERSON" => EntityType.Person,
            "COUNTRY" => EntityType.Country,
            "LOCATION" => EntityType.Location,
            "ORGANIZATION" => EntityType.Organization,
            "WEAPON" => EntityType.Weapon,
            "JOB" => EntityType.Job,
            _ => EntityType.Misc,
        };
        return type != EntityType.Misc;
    }

    /// <summary>Maps <c>ASSERTED</c>, <c>POSSIBLE</c>, <c>NEGATED</c> to <see cref="Modality"/>.</summary>
    /// <param name="name">The upper-case name.</param>
    /// <param name="modality">The modality, when known.</param>
    /// <returns>Whether the name is a modality.</returns>
    public static bool TryParseModality(string name, out Modality modality)
    {
        (bool ok, modality) = name switch
        {
            "ASSERTED" => (true, Modality.Asserted),
            "POSSIBLE" => (true, Modality.Possible),
            "NEGATED" => (true, Modality.Negated),
            _ => (false, Modality.Asserted),
        };
        return ok;
    }

    /// <summary>The subject and object types the schema allows for a predicate.</summary>
    /// <param name="predicate">The predicate.</param>
    /// <returns>The allowed subject types and object types.</returns>
    public static (ImmutableHashSet<EntityType> Subjects, ImmutableHashSet<EntityType> Objects) Signature(Predicate predicate)
    {
        const EntityType P = EntityType.Person, C = EntityType.Country, L = EntityType.Location,
            O = EntityType.Organization, W = EntityType.Weapon;
        EntityType[] state = [C, O];
        return predicate switch
        {
            Predicate.MetWith => ([P], [P]),
            Predicate.HoldsRole => ([P], [.. state]),
            Predicate.Visited => ([P], [C, L]),
            Predicate.Inspected => ([P], [W, L, O]),
            Predicate.CooperatesWith => ([.. state], [.. state]),
            Predicate.Supplies or Predicate.Seeks => ([C, O, P], [W]),
            Predicate.Possesses or Predicate.Uses or Predicate.Destroyed => ([.. state], [W]),
            Predicate.Produces => ([C, O, L], [W]),
            Predicate.Attacks => ([.. state], [C, L, O]),
            Predicate.Sanctions => ([.. state], [C, O, P]),
            Predicate.MemberOf => ([P, C, O], [O]),
            Predicate.LocatedIn => ([L, O], [C, L]),
            _ => throw new ArgumentOutOfRangeException(nameof(predicate), predicate, "Not a schema predicate."),
        };
    }

    /// <summary>Reads <c>relations-docs.tsv</c>.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The annotated documents in file order.</returns>
    /// <exception cref="FormatException">A row is malformed.</exception>
    public static ImmutableArray<RelationAnnotatedDocument> ReadDocuments(string path)
    {
        var result = ImmutableArray.CreateBuilder<RelationAnnotatedDocument>();
        foreach ((int line, string[] f) in Rows(path, "doc_id\tsplit\tannotated_chars", 3))
            result.Add(new RelationAnnotatedDocument(f[0], f[1], Int(f[2], line)));
        return result.ToImmutable();
    }

    /// <summary>Reads <c>relations.tsv</c>.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The relations in file order.</returns>
    /// <exception cref="FormatException">A row is malformed or uses an unknown name.</exception>
    public static ImmutableArray<RelationAnnotation> ReadRelations(string path)
    {
        const string header = "doc_id\tsubj_start\tsubj_end\tsubj_type\tpredicate\tobj_start\tobj_end\tobj_type\tmodality\targs\tsource\tevidence_start\tevidence_end";
        var result = ImmutableArray.CreateBuilder<RelationAnnotation>();
        foreach ((int line, string[] f) in Rows(path, header, 13))
        {
            if (!TryParseArgumentType(f[3], out EntityType subjectType) || !TryParseArgumentType(f[7], out EntityType objectType))
                throw new FormatException($"{path}:{line}: unknown entity type.");
            if (!TryParsePredicate(f[4], out Predicate predicate))
                throw new FormatException($"{path}:{line}: unknown predicate '{f[4]}'.");
            if (!TryParseModality(f[8], out Modality modality))
                throw new FormatException($"{path}:{line}: unknown modality '{f[8]}'.");
            var spans = ImmutableDictionary.CreateBuilder<string, TextSpan>();
            var words = ImmutableDictionary.CreateBuilder<string, string>();
            if (f[9] != "-")
            {
                foreach (string pair in f[9].Split('|'))
                {
                    int eq = pair.IndexOf('=', StringComparison.Ordinal);
                    string key = eq > 0 ? pair[..eq] : throw new FormatException($"{path}:{line}: argument '{pair}' has no '='.");
                    string value = pair[(eq + 1)..];
                    if (SpanKeys.Contains(key)) spans.Add(key, Span(value, line));
                    else if (WordKeys.Contains(key)) words.Add(key, value);
                    else throw new FormatException($"{path}:{line}: unknown argument key '{key}'.");
                }
            }
            result.Add(new RelationAnnotation(
                f[0],
                new TextSpan(Int(f[1], line), Int(f[2], line)), subjectType,
                predicate,
                new TextSpan(Int(f[5], line), Int(f[6], line)), objectType,
                modality,
                spans.ToImmutable(), words.ToImmutable(),
                f[10] == "-" ? null : Span(f[10], line),
                new TextSpan(Int(f[11], line), Int(f[12], line))));
        }
        return result.ToImmutable();
    }

    private static IEnumerable<(int Line, string[] Fields)> Rows(string path, string header, int columns)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        if (reader.ReadLine() != header) throw new FormatException($"{path}: the header must be '{header}'.");
        int line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0) continue;
            string[] fields = text.Split('\t');
            if (fields.Length != columns) throw new FormatException($"{path}:{line}: expected {columns} columns, found {fields.Length}.");
            yield return (line, fields);
        }
    }

    private static int Int(string value, int line) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : throw new FormatException($"line {line}: '{value}' is not an offset.");

    private static TextSpan Span(string value, int line)
    {
        int colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) throw new FormatException($"line {line}: '{value}' is not start:end.");
        return new TextSpan(Int(value[..colon], line), Int(value[(colon + 1)..], line));
    }
}
