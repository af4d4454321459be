using System.Globalization;
using Extraction.Text;

namespace Extraction.Training.Annotations;

/// <summary>Whether a gold WEAPON mention names a model or designation, or is a class noun phrase.</summary>
internal enum WeaponMentionKind
{
    /// <summary>A named system or designation: HIMARS, Су-34, Шахед.</summary>
    System,

    /// <summary>A class noun phrase with its defining modifiers: крилаті ракети, дрони-камікадзе.</summary>
    Class,
}

/// <summary>Which part of the gold set an article belongs to.</summary>
internal enum AnnotationSplit
{
    /// <summary>May be used for training and tuning.</summary>
    Train,

    /// <summary>Held out: only for the final measurement.</summary>
    Test,
}

/// <summary>An article of the news corpus that was read in full and annotated for WEAPON mentions.</summary>
/// <param name="DocumentId">The article's <c>id</c> in the news corpus.</param>
/// <param name="Split">The part of the gold set the article belongs to.</param>
/// <param name="AnnotatedChars">Length in UTF-16 code units of the article text the offsets refer to.</param>
internal sealed record AnnotatedDocument(string DocumentId, AnnotationSplit Split, int AnnotatedChars);

/// <summary>One gold WEAPON mention, as standoff into an article's <c>text</c>.</summary>
/// <param name="DocumentId">The article's <c>id</c> in the news corpus.</param>
/// <param name="Span">UTF-16 offsets into the article's <c>text</c>.</param>
/// <param name="Kind">Named system or class phrase.</param>
internal readonly record struct WeaponMention(string DocumentId, TextSpan Span, WeaponMentionKind Kind);

/// <summary>
/// The gold WEAPON set: standoff annotations (article id + offsets) kept beside this file as
/// <c>weapons-docs.tsv</c> and <c>weapons.tsv</c>; the article texts stay in the shared news corpus.
/// </summary>
internal sealed class WeaponAnnotations
{
    /// <summary>File name of the annotated-article list.</summary>
    public const string DocumentsFileName = "weapons-docs.tsv";

    /// <summary>File name of the mention list.</summary>
    public const string MentionsFileName = "weapons.tsv";

    private const string DocumentsHeader = "doc_id\tsplit\tannotated_chars";
    private const string MentionsHeader = "doc_id\tstart\tend\tkind";

    private readonly Dictionary<string, WeaponMention[]> _byDocument;

    private WeaponAnnotations(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<WeaponMention> mentions)
    {
        Documents = documents;
        Mentions = mentions;
        _byDocument = mentions.GroupBy(m => m.DocumentId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.Span).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Every annotated article, including those without a mention.</summary>
    public IReadOnlyList<AnnotatedDocument> Documents { get; }

    /// <summary>Every mention, in file order.</summary>
    public IReadOnlyList<WeaponMention> Mentions { get; }

    /// <summary>The mentions of one article ordered by position; empty when it has none.</summary>
    public IReadOnlyList<WeaponMention> MentionsOf(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        return _byDocument.TryGetValue(documentId, out var mentions) ? mentions : [];
    }

    /// <summary>Reads both files from <paramref name="directory"/>.</summary>
    /// <exception cref="FormatException">A file has a wrong header or a malformed row.</exception>
    public static WeaponAnnotations Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        using var documents = new StreamReader(Path.Combine(directory, DocumentsFileName));
        using var mentions = new StreamReader(Path.Combine(directory, MentionsFileName));
        return Parse(documents, mentions);
    }

    /// <summary>Parses the two TSV files.</summary>
    /// <exception cref="FormatException">A wrong header, a malformed row, a duplicate article, or a mention of an article that is not listed.</exception>
    public static WeaponAnnotations Parse(TextReader documents, TextReader mentions)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(mentions);

        var docs = new List<AnnotatedDocument>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, fields) in Rows(documents, DocumentsFileName, DocumentsHeader, 3))
        {
            var doc = new AnnotatedDocument(fields[0], ParseSplit(fields[1], line), ParseCount(fields[2], line, DocumentsFileName));
            if (!known.Add(doc.DocumentId))
                throw new FormatException($"{DocumentsFileName}:{line}: article '{doc.DocumentId}' is listed twice.");
            docs.Add(doc);
        }

        var list = new List<WeaponMention>();
        foreach (var (line, fields) in Rows(mentions, MentionsFileName, MentionsHeader, 4))
        {
            if (!known.Contains(fields[0]))
                throw new FormatException($"{MentionsFileName}:{line}: article '{fields[0]}' is not in {DocumentsFileName}.");
            int start = ParseCount(fields[1], line, MentionsFileName);
            int end = ParseCount(fields[2], line, MentionsFileName);
            if (end <= start)
                throw new FormatException($"{MentionsFileName}:{line}: end {end} is not after start {start}.");
            list.Add(new WeaponMention(fields[0], new TextSpan(start, end), ParseKind(fields[3], line)));
        }

        return new WeaponAnnotations(docs, list);
    }

    private static IEnumerable<(int Line, string[] Fields)> Rows(TextReader reader, string file, string header, int width)
    {
        string? first = reader.ReadLine();
        if (first != header)
            throw new FormatException($"{file}:1: expected header '{header}'.");
        int line = 1;
        for (string? row = reader.ReadLine(); row is not null; row = reader.ReadLine())
        {
            line++;
            if (row.Length == 0) continue;
            string[] fields = row.Split('\t');
            if (fields.Length != width || fields.Any(f => f.Length == 0))
                throw new FormatException($"{file}:{line}: expected {width} non-empty tab-separated fields.");
            yield return (line, fields);
        }
    }

    private static int ParseCount(string field, int line, string file) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new FormatException($"{file}:{line}: '{field}' is not a non-negative integer.");

    private static AnnotationSplit ParseSplit(string field, int line) => field switch
    {
        "train" => AnnotationSplit.Train,
        "test" => AnnotationSplit.Test,
        _ => throw new FormatException($"{DocumentsFileName}:{line}: split '{field}' is neither 'train' nor 'test'."),
    };

    private static WeaponMentionKind ParseKind(string field, int line) => field switch
    {
        "system" => WeaponMentionKind.System,
        "class" => WeaponMentionKind.Class,
        _ => throw new FormatException($"{MentionsFileName}:{line}: kind '{field}' is neither 'system' nor 'class'."),
    };
}
