using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Extraction.Pipeline;

public sealed partial class Extractor
{
    /// <summary>
    /// Extracts from many documents in parallel, streaming: results come in input order, memory stays bounded by
    /// <see cref="BatchOptions.BoundedCapacity"/>, and a document that fails yields a <see cref="DocumentResult"/> with its
    /// error while the others go on.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IEnumerable<DocumentResult> ExtractMany(
        IEnumerable<InputDocument> documents, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= new BatchOptions();
        options.Validate();
        var tracker = new ProgressTracker(options.Progress);
        return OrderedParallel.Map(
            Indexed(documents),
            item => tracker.Completed(ExtractOne(item.Document, item.Index, cancellationToken)),
            options.MaxDegreeOfParallelism,
            options.Capacity,
            cancellationToken);
    }

    /// <summary>Extracts from many texts in parallel, in input order; the first failure is thrown.</summary>
    public IEnumerable<ExtractionResult> ExtractMany(
        IEnumerable<string> texts, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return ExtractMany(texts.Select((t, i) => new InputDocument(i.ToString(System.Globalization.CultureInfo.InvariantCulture), t)), options, cancellationToken)
            .Select(r => r.Result ?? throw new ExtractionFailedException(r.Id, r.Error!));
    }

    /// <summary>The asynchronous form of <see cref="ExtractMany(IEnumerable{InputDocument}, BatchOptions?, CancellationToken)"/>.</summary>
    public async IAsyncEnumerable<DocumentResult> ExtractManyAsync(
        IAsyncEnumerable<InputDocument> documents, BatchOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= new BatchOptions();
        options.Validate();
        var tracker = new ProgressTracker(options.Progress);
        await foreach (var result in OrderedParallel.MapAsync(
            IndexedAsync(documents, cancellationToken),
            item => tracker.Completed(ExtractOne(item.Document, item.Index, cancellationToken)),
            options.MaxDegreeOfParallelism,
            options.Capacity,
            cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }
    }

    private DocumentResult ExtractOne(InputDocument document, long index, CancellationToken cancellationToken)
    {
        string id = document.Id ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (document.Text is null)
        {
            return new DocumentResult(id, index, null, new ArgumentNullException(nameof(InputDocument.Text), "The document has no text."));
        }
        try
        {
            return new DocumentResult(id, index, Run(document.Text, cancellationToken, timing: null), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return new DocumentResult(id, index, null, error);
        }
    }

    private static IEnumerable<(InputDocument Document, long Index)> Indexed(IEnumerable<InputDocument> documents)
    {
        long index = 0;
        foreach (var document in documents) yield return (document, index++);
    }

    private static async IAsyncEnumerable<(InputDocument Document, long Index)> IndexedAsync(
        IAsyncEnumerable<InputDocument> documents, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long index = 0;
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return (document, index++);
        }
    }

    private sealed class ProgressTracker(IProgress<ExtractionProgress>? progress)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _documents;
        private long _failed;
        private long _characters;

        public DocumentResult Completed(DocumentResult result)
        {
            if (progress is null) return result;
            long documents = Interlocked.Increment(ref _documents);
            long failed = result.Succeeded ? Interlocked.Read(ref _failed) : Interlocked.Increment(ref _failed);
            long characters = Interlocked.Add(ref _characters, result.Result?.Text.Length ?? 0);
            progress.Report(new ExtractionProgress(documents, failed, characters, _clock.Elapsed));
            return result;
        }
    }
}
