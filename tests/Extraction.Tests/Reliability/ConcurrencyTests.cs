using Extraction.Pipeline;
using Extraction.Serialization;
using Extraction.Soak;

namespace Extraction.Tests.Reliability;

public class ConcurrencyTests
{
    [Fact]
    public void Eight_threads_sharing_one_extractor_give_exactly_the_sequential_results()
    {
        var extractor = Extractor.CreateDefault();
        var generator = new AdversarialText(42);
        var documents = Enumerable.Range(0, 10_000)
            .Select(i => new InputDocument($"d{i}", i % 3 == 0 ? generator.Next(300) : $"Документ {i}: Київ і Харків, {i % 97} ракет."))
            .ToList();
        var writer = new JsonResultWriter(includeTokens: true);

        var sequential = documents.Select(d => writer.Serialize(d.Id, extractor.Extract(d.Text))).ToList();
        var parallel = extractor.ExtractMany(documents, new BatchOptions { MaxDegreeOfParallelism = 8 })
            .Select(r => writer.Serialize(r.Id, r.Result!))
            .ToList();

        parallel.Should().Equal(sequential);
    }
}
