using System.Text.Json;
using Extraction.Pipeline;
using Extraction.Serialization;

namespace Extraction.Tests.Serialization;

public class JsonResultWriterTests
{
    [Fact]
    public void Document_has_the_contract_fields_and_keeps_cyrillic_unescaped()
    {
        var result = Extractor.CreateDefault().Extract("Україна — це Європа.");

        string json = new JsonResultWriter().Serialize("doc-1", result);
        string withTokens = new JsonResultWriter(includeTokens: true).Serialize("doc-1", result);

        json.Should().NotContain("\n");
        withTokens.Should().Contain("Україна").And.NotContain("\\u04");
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        root.GetProperty("id").GetString().Should().Be("doc-1");
        root.GetProperty("mentions").ValueKind.Should().Be(JsonValueKind.Array);
        root.GetProperty("entities").ValueKind.Should().Be(JsonValueKind.Array);
        root.GetProperty("relations").ValueKind.Should().Be(JsonValueKind.Array);
        root.TryGetProperty("sentences", out _).Should().BeFalse();
    }

    [Fact]
    public void Tokens_are_written_with_offsets_into_the_input()
    {
        string text = "Перше речення. Друге!";
        var result = Extractor.CreateDefault().Extract(text);

        using var parsed = JsonDocument.Parse(new JsonResultWriter(indented: true, includeTokens: true).Serialize("d", result));

        var sentences = parsed.RootElement.GetProperty("sentences").EnumerateArray().ToList();
        sentences.Should().NotBeEmpty();
        foreach (var token in sentences.SelectMany(s => s.GetProperty("tokens").EnumerateArray()))
        {
            token.GetProperty("text").GetString().Should().Be(text[token.GetProperty("start").GetInt32()..token.GetProperty("end").GetInt32()]);
        }
    }

    [Fact]
    public void Lone_surrogates_in_the_text_do_not_break_serialization()
    {
        var result = Extractor.CreateDefault().Extract("Текст \ud800 з \udc00 поганими символами.");

        var act = () => new JsonResultWriter(includeTokens: true).Serialize("bad", result);

        act.Should().NotThrow();
    }

    [Fact]
    public void Error_object_has_id_and_error()
    {
        using var parsed = JsonDocument.Parse(new JsonResultWriter().SerializeError("x", "boom"));
        parsed.RootElement.GetProperty("id").GetString().Should().Be("x");
        parsed.RootElement.GetProperty("error").GetString().Should().Be("boom");
    }
}
