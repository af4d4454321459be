namespace Extraction.Pipeline;

/// <summary>One document of a batch: an id of the caller's choosing and its text.</summary>
/// <param name="Id">The caller's id for the document; carried to the result unchanged.</param>
/// <param name="Text">The document text.</param>
public readonly record struct InputDocument(string Id, string Text);

/// <summary>The outcome of one document of a batch: a result, or the error that stopped it. Other documents go on.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Index">The document's 0-based position in the input.</param>
/// <param name="Result">The extraction result, or <see langword="null"/> when the document failed.</param>
/// <param name="Error">What went wrong, or <see langword="null"/> on success.</param>
public sealed record DocumentResult(string Id, long Index, ExtractionResult? Result, Exception? Error)
{
    /// <summary>True when <see cref="Result"/> is set.</summary>
    public bool Succeeded => Result is not null;
}

/// <summary>Progress of a batch, reported after each completed document.</summary>
/// <param name="Documents">Documents completed so far (successes and failures).</param>
/// <param name="Failed">Documents that failed so far.</param>
/// <param name="Characters">Characters of the completed documents.</param>
/// <param name="Elapsed">Time since the batch started.</param>
public readonly record struct ExtractionProgress(long Documents, long Failed, long Characters, TimeSpan Elapsed);

/// <summary>How a batch runs.</summary>
public sealed record BatchOptions
{
    /// <summary>Documents processed at once; default: the number of cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Documents read ahead of the oldest unfinished one; bounds memory. Default: four per degree of parallelism.
    /// </summary>
    public int? BoundedCapacity { get; init; }

    /// <summary>Receives an <see cref="ExtractionProgress"/> after each document, or <see langword="null"/>.</summary>
    public IProgress<ExtractionProgress>? Progress { get; init; }

    internal int Capacity => Math.Max(BoundedCapacity ?? MaxDegreeOfParallelism * 4, MaxDegreeOfParallelism);

    internal void Validate()
    {
        if (MaxDegreeOfParallelism < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "Must be at least 1.");
        if (BoundedCapacity is < 1)
            throw new ArgumentOutOfRangeException(nameof(BoundedCapacity), BoundedCapacity, "Must be at least 1.");
    }
}
