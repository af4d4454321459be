using System.Runtime.CompilerServices;

namespace Extraction.Pipeline;

/// <summary>
/// Maps a stream through a function on several threads while keeping input order and a bounded number of items
/// in flight: the input is read only as far as <c>capacity</c> items beyond the oldest unfinished one.
/// </summary>
internal static class OrderedParallel
{
    public static IEnumerable<TOut> Map<TIn, TOut>(
        IEnumerable<TIn> source, Func<TIn, TOut> map, int degree, int capacity, CancellationToken cancellationToken)
    {
        if (degree == 1)
        {
            foreach (var item in source)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return map(item);
            }
            yield break;
        }

        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, degree).ConcurrentScheduler;
        var window = new Queue<Task<TOut>>(capacity);
        foreach (var item in source)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var captured = item;
            window.Enqueue(Task.Factory.StartNew(() => map(captured), cancellationToken, TaskCreationOptions.None, scheduler));
            if (window.Count >= capacity) yield return window.Dequeue().GetAwaiter().GetResult();
        }
        while (window.Count > 0) yield return window.Dequeue().GetAwaiter().GetResult();
    }

    public static async IAsyncEnumerable<TOut> MapAsync<TIn, TOut>(
        IAsyncEnumerable<TIn> source, Func<TIn, TOut> map, int degree, int capacity,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, degree).ConcurrentScheduler;
        var window = new Queue<Task<TOut>>(capacity);
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var captured = item;
            window.Enqueue(Task.Factory.StartNew(() => map(captured), cancellationToken, TaskCreationOptions.None, scheduler));
            if (window.Count >= capacity) yield return await window.Dequeue().ConfigureAwait(false);
        }
        while (window.Count > 0) yield return await window.Dequeue().ConfigureAwait(false);
    }
}
