using System.Text;
using Extraction.Tests.Support;
using Extraction.Tokenization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Extraction.Tests.Tokenization;

/// <summary>
/// The tokenizer takes plain words and marks from 64-character bit masks and leaves everything else to the general
/// scanner; on any text, the result must be exactly the scanner's own, token for token.
/// </summary>
public class BlockPathTests
{
    private static readonly string[] Pieces =
    [
        "слово", "Київ", "НАТО", "і", "в", "a", "test", "п’ять", "м'ясо", "будь-який", "прес-секретар", "С-300", "вул.", "т.", "В.",
        "млн.", "р.", "2024", "2024.", "F16", "5G", "7", "1:", "Ростовщина.", "10,5%", "14.11.2024", "18:30", "https://a.ua/x", "www.site.com", "a@b.com", "site.ua", "#тег",
        "@name", "😀", "👍🏽", "🇺🇦", ":)", ";-)", "é", "Ωmega", "ӀԯҊ", "\u0301", "\u200B", "\u00AD", "\u00A0", "\uD800", "\uDC00",
        ",", ".", ":", ";", "!", "?", "(", ")", "\"", "«", "»", "–", "—", "-", "'", "’", "...", "…", "_", "/", "+",
        " ", " ", " ", " ", "  ", "\n", "\r\n", "\t",
    ];

    private static readonly string LongWord = new('ж', 70);

    [Property(MaxTest = 400)]
    public void Block_path_equals_the_general_scanner_on_mixed_text(NonNegativeInt seed)
    {
        var random = new Random(seed.Get);
        var builder = new StringBuilder();
        int target = random.Next(60, 1500);
        while (builder.Length < target)
        {
            int roll = random.Next(100);
            if (roll < 45) builder.Append(Pieces[random.Next(8)]);
            else if (roll < 93) builder.Append(Pieces[random.Next(Pieces.Length)]);
            else if (roll < 96) builder.Append(LongWord[..random.Next(55, 70)]);
            else builder.Append((char)random.Next(0, 0x10000));
        }
        AssertSameAsScanner(builder.ToString());
    }

    [Property(Arbitrary = [typeof(NastyTextArbitrary)], MaxTest = 300)]
    public void Block_path_equals_the_general_scanner_on_nasty_text(NastyText text) =>
        AssertSameAsScanner(string.Concat(Enumerable.Repeat(text.Value + " ", 1 + 130 / (text.Value.Length + 1))));

    [Theory]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(127)]
    [InlineData(128)]
    public void Words_ending_at_block_edges_are_whole(int wordLength)
    {
        // One word, then words that straddle the 64-character block edges at every offset.
        for (int shift = 0; shift < 70; shift++)
        {
            string text = new string(' ', shift) + new string('ї', wordLength) + ". " + string.Concat(Enumerable.Repeat("слово, ", 30));
            AssertSameAsScanner(text);
        }
    }

    [SharedDataFact]
    public void Block_path_equals_the_general_scanner_on_shared_news()
    {
        foreach (string line in File.ReadLines(SharedData.PathOf("news/ua-web-news-2024-11.jsonl")!).Take(200))
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("text", out var text) && text.GetString() is { } value) AssertSameAsScanner(value);
        }
    }

    private static void AssertSameAsScanner(string text)
    {
        var fast = new List<RawToken>();
        UkrainianTokenizer.Instance.Tokenize(text, fast);
        var reference = new List<RawToken>();
        UkrainianTokenizer.TokenizeWithoutBlocks(text, reference);
        for (int i = 0; i < Math.Min(fast.Count, reference.Count); i++)
        {
            if (fast[i] != reference[i]) Assert.Fail($"token {i}: {fast[i]} but the scanner gives {reference[i]} in {Show(text, reference[i].Start)}");
        }
        fast.Count.Should().Be(reference.Count);
        TokenInvariants.AssertTokens(text, fast);
    }

    private static string Show(string text, int at)
    {
        int from = Math.Max(0, at - 20);
        return string.Concat(text.Substring(from, Math.Min(40, text.Length - from)).Select(c => c < 0x20 || c > 0x7E && c < 0xA0 ? $"\\u{(int)c:X4}" : c.ToString()));
    }
}
