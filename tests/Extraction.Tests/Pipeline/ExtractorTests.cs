using Extraction.Pipeline;

namespace Extraction.Tests.Pipeline;

public class ExtractorTests
{
    [Fact]
    public void Null_text_throws_ArgumentNullException()
    {
        var act = () => Extractor.CreateDefault().Extract((string)null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public void Empty_or_whitespace_text_gives_an_empty_result(string text)
    {
        var result = Extractor.CreateDefault().Extract(text);
        result.Tokens.Should().BeEmpty();
        result.Sentences.Should().BeEmpty();
        result.Mentions.Should().BeEmpty();
        result.Relations.Should().BeEmpty();
    }

    [Fact]
    public void A_document_over_the_limit_throws_a_typed_exception_naming_both_lengths()
    {
        var extractor = new ExtractorBuilder().WithMaxDocumentLength(10).Build();
        var act = () => extractor.Extract(new string('а', 11));
        act.Should().Throw<DocumentTooLargeException>().Where(e => e.Length == 11 && e.MaxLength == 10);
    }

    [Fact]
    public void Memory_overload_indexes_the_slice_it_was_given()
    {
        string text = "xxxКиїв і Львів.yyy";
        var result = Extractor.CreateDefault().Extract(text.AsMemory(3, 13));
        result.Text.Should().Be("Київ і Львів.");
        result.Tokens.Should().AllSatisfy(t => t.Text.Should().Be(result.Text[t.Span.Start..t.Span.End]));
    }

    [Fact]
    public void A_cancelled_token_stops_extraction()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => Extractor.CreateDefault().Extract("Текст.", cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }
}
