using System.Diagnostics;
using Extraction.Pipeline;
using Xunit.Abstractions;

namespace Extraction.Tests.Reliability;

public class CancellationTests(ITestOutputHelper output)
{
    [Fact]
    public void Cancelling_a_large_document_stops_it_promptly()
    {
        var extractor = Extractor.CreateDefault();
        string paragraph = "Міністр оборони України заявив, що Київ отримає нові зенітні ракети для систем Patriot. ";
        string text = string.Concat(Enumerable.Repeat(paragraph, 60_000)); // about 5.4 million characters
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();
        long cancelledAt = 0;
        cts.Token.Register(() => cancelledAt = clock.ElapsedMilliseconds);

        var act = () => extractor.Extract(text, cts.Token);

        act.Should().Throw<OperationCanceledException>();
        long latency = clock.ElapsedMilliseconds - cancelledAt;
        output.WriteLine($"stopped {latency} ms after cancellation");
        // Generous bound for a shared, loaded machine; the closing note reports the measured latency.
        latency.Should().BeLessThan(2000);
    }

    [Fact]
    public void The_document_timeout_stops_a_document_with_OperationCanceledException()
    {
        var extractor = new ExtractorBuilder().WithDocumentTimeout(TimeSpan.FromMilliseconds(50)).Build();
        string text = string.Concat(Enumerable.Repeat("Пхеньян передав Москві снаряди. ", 200_000));

        var act = () => extractor.Extract(text);

        act.Should().Throw<OperationCanceledException>();
    }
}
