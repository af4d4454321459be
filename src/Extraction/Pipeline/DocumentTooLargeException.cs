namespace Extraction.Pipeline;

/// <summary>Thrown when a document is longer than <see cref="ExtractorOptions.MaxDocumentLength"/>.</summary>
public sealed class DocumentTooLargeException : ArgumentException
{
    /// <summary>Creates the exception for a document of <paramref name="length"/> characters.</summary>
    public DocumentTooLargeException(int length, int maxLength)
        : base($"The document has {length:N0} characters; the limit is {maxLength:N0} (ExtractorOptions.MaxDocumentLength).", "text")
    {
        Length = length;
        MaxLength = maxLength;
    }

    /// <summary>The document's length in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The configured limit.</summary>
    public int MaxLength { get; }
}
