namespace Extraction.Pipeline;

/// <summary>Thrown by the batch overloads that return bare results when one document fails; names the document.</summary>
public sealed class ExtractionFailedException : Exception
{
    /// <summary>Creates the exception for document <paramref name="documentId"/>.</summary>
    public ExtractionFailedException(string documentId, Exception inner)
        : base($"Extraction failed for document '{documentId}': {inner.Message}", inner)
    {
        DocumentId = documentId;
    }

    /// <summary>The id of the document that failed.</summary>
    public string DocumentId { get; }
}
