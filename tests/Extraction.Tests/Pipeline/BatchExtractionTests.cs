using Extraction.Pipeline;

namespace Extraction.Tests.Pipeline;

public class BatchExtractionTests
{
    private static readonly Extractor Shared = new ExtractorBuilder().WithMaxDocumentLength(1000).Build();

    private static IEnumerable<InputDocument> Documents(int count) =>
        Enumerable.Range(0, count).Select(i => new InputDocument($"d{i}", i % 50 == 3 ? new string('я', 2000) : $"Речення номер {i}. Друге речення {i * 7}."));

    [Fact]
    public void ExtractMany_keeps_input_order_and_reports_failures_per_document()
    {
        var results = Shared.ExtractMany(Documents(500), new BatchOptions { MaxDegreeOfParallelism = 4 }).ToList();

        results.Select(r => r.Id).Should().Equal(Enumerable.Range(0, 500).Select(i => $"d{i}"));
        results.Where(r => !r.Succeeded).Select(r => r.Index).Should().Equal(Enumerable.Range(0, 500).Where(i => i % 50 == 3).Select(i => (long)i));
        results.Where(r => !r.Succeeded).Should().AllSatisfy(r => r.Error.Should().BeOfType<DocumentTooLargeException>());
    }

    [Fact]
    public void Parallel_results_equal_sequential_results()
    {
        var sequential = Shared.ExtractMany(Documents(300), new BatchOptions { MaxDegreeOfParallelism = 1 }).ToList();
        var parallel = Shared.ExtractMany(Documents(300), new BatchOptions { MaxDegreeOfParallelism = 8 }).ToList();

        for (int i = 0; i < sequential.Count; i++)
        {
            parallel[i].Succeeded.Should().Be(sequential[i].Succeeded);
            if (!sequential[i].Succeeded) continue;
            parallel[i].Result!.Tokens.Should().Equal(sequential[i].Result!.Tokens);
            parallel[i].Result!.Sentences.Should().Equal(sequential[i].Result!.Sentences);
        }
    }

    [Fact]
    public void Input_is_read_lazily_within_the_bounded_capacity()
    {
        int read = 0;
        IEnumerable<InputDocument> Source()
        {
            for (int i = 0; i < 1_000_000; i++)
            {
                read++;
                yield return new InputDocument($"d{i}", "Коротко.");
            }
        }

        var first = Shared.ExtractMany(Source(), new BatchOptions { MaxDegreeOfParallelism = 2, BoundedCapacity = 8 }).Take(10).ToList();

        first.Should().HaveCount(10);
        read.Should().BeLessThan(30);
    }

    [Fact]
    public void Progress_is_reported_for_every_document()
    {
        var reports = new System.Collections.Concurrent.ConcurrentBag<ExtractionProgress>();
        var progress = new SynchronousProgress(reports.Add);

        Shared.ExtractMany(Documents(60), new BatchOptions { MaxDegreeOfParallelism = 3, Progress = progress }).ToList();

        reports.Select(r => r.Documents).Should().BeEquivalentTo(Enumerable.Range(1, 60).Select(i => (long)i));
        reports.Max(r => r.Failed).Should().Be(2);
    }

    [Fact]
    public async Task ExtractManyAsync_keeps_order_and_honours_cancellation()
    {
        async IAsyncEnumerable<InputDocument> Source()
        {
            for (int i = 0; i < 100; i++)
            {
                await Task.Yield();
                yield return new InputDocument($"d{i}", $"Текст {i}.");
            }
        }

        var ids = new List<string>();
        await foreach (var result in Shared.ExtractManyAsync(Source(), new BatchOptions { MaxDegreeOfParallelism = 4 }))
        {
            ids.Add(result.Id);
        }
        ids.Should().Equal(Enumerable.Range(0, 100).Select(i => $"d{i}"));

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var act = async () =>
        {
            await foreach (var _ in Shared.ExtractManyAsync(Source(), cancellationToken: cancelled.Token)) { }
        };
        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void Invalid_batch_options_are_rejected_by_name()
    {
        var act = () => Shared.ExtractMany(Documents(1), new BatchOptions { MaxDegreeOfParallelism = 0 }).ToList();
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxDegreeOfParallelism");
    }

    private sealed class SynchronousProgress(Action<ExtractionProgress> report) : IProgress<ExtractionProgress>
    {
        public void Report(ExtractionProgress value) => report(value);
    }
}
