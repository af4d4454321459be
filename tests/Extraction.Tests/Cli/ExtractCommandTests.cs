using System.Text;
using System.Text.Json;
using Extraction.Cli.Commands;
using Extraction.Cli.Output;

namespace Extraction.Tests.Cli;

public class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("extraction-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string[] Lines, string Errors) Run(ExtractSettings settings, byte[]? stdin = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = ExtractCommand.Run(settings, stdout, stderr, () => new MemoryStream(stdin ?? []));
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (exit, lines, stderr.ToString());
    }

    private static ExtractSettings Jsonl(int threads = 1, params string[] files) =>
        new(files, Jsonl: true, Pretokenized: false, Tokens: false, OutputFormat.Jsonl, Output: null, threads, NoRelations: false);

    [Fact]
    public void Every_input_line_gives_one_output_line_in_order_and_bad_lines_give_error_objects()
    {
        var input = new StringBuilder();
        for (int i = 0; i < 200; i++)
        {
            input.Append(i % 17 == 5 ? "{not json\n" : i % 23 == 7 ? $"{{\"id\":\"d{i}\"}}\n" : $"{{\"id\":\"d{i}\",\"text\":\"Документ номер {i}. Ще речення.\"}}\n");
        }

        var (exit, lines, errors) = Run(Jsonl(threads: 4), Encoding.UTF8.GetBytes(input.ToString()));

        exit.Should().Be(1);
        lines.Should().HaveCount(200);
        for (int i = 0; i < 200; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            string id = json.RootElement.GetProperty("id").GetString()!;
            if (i % 17 == 5)
            {
                id.Should().Be($"stdin:{i + 1}");
                json.RootElement.TryGetProperty("error", out _).Should().BeTrue();
            }
            else
            {
                id.Should().Be($"d{i}");
                json.RootElement.TryGetProperty("error", out _).Should().Be(i % 23 == 7);
            }
        }
        errors.Should().Contain("stdin:6").And.Contain("missing \"text\"");
    }

    [Fact]
    public void Invalid_utf8_and_lone_surrogates_are_reported_per_document()
    {
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"id\":\"ok\",\"text\":\"Добре.\"}\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"id\":\"bad\",\"text\":\"")); bytes.AddRange(new byte[] { 0xC3, 0x28 }); bytes.AddRange(Encoding.UTF8.GetBytes("\"}\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"id\":\"lone\",\"text\":\"a\\udc00b\"}\n"));

        var (exit, lines, errors) = Run(Jsonl(), bytes.ToArray());

        exit.Should().Be(1);
        lines.Should().HaveCount(3);
        lines[0].Should().Contain("\"id\":\"ok\"").And.Contain("\"mentions\"");
        lines[1].Should().Contain("invalid UTF-8");
        lines[2].Should().Contain("\"id\":\"lone\"").And.Contain("\"error\"");
        errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2);
    }

    [Fact]
    public void Missing_files_directories_and_empty_files_do_not_stop_the_run()
    {
        string empty = Path.Combine(_dir, "empty.txt");
        File.WriteAllBytes(empty, []);
        string good = Path.Combine(_dir, "good.txt");
        File.WriteAllText(good, "Київ — столиця України.");
        var settings = new ExtractSettings(
            [Path.Combine(_dir, "missing.txt"), _dir, empty, good], Jsonl: false, Pretokenized: false, Tokens: false,
            OutputFormat.Jsonl, Output: null, Threads: 2, NoRelations: false);

        var (exit, lines, errors) = Run(settings);

        exit.Should().Be(1);
        lines.Should().HaveCount(4);
        lines[0].Should().Contain("\"id\":\"missing\"").And.Contain("file not found");
        lines[1].Should().Contain("\"error\"");
        lines[2].Should().Contain("\"id\":\"empty\"").And.Contain("\"mentions\":[]");
        lines[3].Should().Contain("\"id\":\"good\"").And.NotContain("\"error\"");
        errors.Should().Contain("missing.txt");
    }

    [Fact]
    public void An_unwritable_output_is_one_clear_error()
    {
        var settings = Jsonl() with { Output = Path.Combine(_dir, "no", "such", "dir", "out.jsonl") };

        var (exit, lines, errors) = Run(settings, Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"Так.\"}\n"));

        exit.Should().Be(1);
        lines.Should().BeEmpty();
        errors.Should().StartWith("error: cannot write the output");
    }

    [Fact]
    public void Tokens_option_writes_sentences_whose_token_texts_slice_the_input()
    {
        string text = "Зеленський зустрівся з Макроном. Вони обговорили п’ять питань…";
        var settings = Jsonl() with { Tokens = true };
        string line = JsonSerializer.Serialize(new { id = "t", text });

        var (exit, lines, _) = Run(settings, Encoding.UTF8.GetBytes(line + "\n"));

        exit.Should().Be(0);
        using var json = JsonDocument.Parse(lines.Single());
        foreach (var sentence in json.RootElement.GetProperty("sentences").EnumerateArray())
        {
            foreach (var token in sentence.GetProperty("tokens").EnumerateArray())
            {
                int start = token.GetProperty("start").GetInt32();
                int end = token.GetProperty("end").GetInt32();
                token.GetProperty("text").GetString().Should().Be(text[start..end]);
            }
        }
    }
}
