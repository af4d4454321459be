namespace Extraction.Pipeline;

/// <summary>Settings of an <see cref="Extractor"/>, fixed when it is built.</summary>
public sealed record ExtractorOptions
{
    /// <summary>The default <see cref="MaxDocumentLength"/>: 16 million characters.</summary>
    public const int DefaultMaxDocumentLength = 16 * 1024 * 1024;

    /// <summary>Longest document accepted, in UTF-16 code units; longer ones throw <see cref="DocumentTooLargeException"/>.</summary>
    public int MaxDocumentLength { get; init; } = DefaultMaxDocumentLength;

    /// <summary>Time allowed for one document, or <see langword="null"/> for no limit. Exceeding it throws <see cref="OperationCanceledException"/>.</summary>
    public TimeSpan? DocumentTimeout { get; init; }

    /// <summary>True when the input is already tokenized: whitespace separates tokens and each line is a sentence.</summary>
    public bool Pretokenized { get; init; }
}
