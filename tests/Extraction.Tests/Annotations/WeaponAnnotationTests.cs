using System.Text.Json;
using Extraction.Tests.Support;
using Extraction.Training.Annotations;
using Xunit.Abstractions;

namespace Extraction.Tests.Annotations;

public class WeaponAnnotationTests(ITestOutputHelper output)
{
    private const string NewsFile = "news/ua-web-news-2024-11.jsonl";
    private const int MinimumTestArticles = 40;

    [Fact]
    public void Parse_reads_articles_and_mentions()
    {
        var gold = Parse(
            "doc_id\tsplit\tannotated_chars\nsite:a\ttest\t120\nsite:b\ttrain\t40\n",
            "doc_id\tstart\tend\tkind\nsite:a\t10\t15\tclass\nsite:a\t0\t4\tsystem\n");

        gold.Documents.Should().HaveCount(2);
        gold.Documents[1].Should().Be(new AnnotatedDocument("site:b", AnnotationSplit.Train, 40));
        gold.MentionsOf("site:a").Select(m => (m.Span.Start, m.Span.End, m.Kind))
            .Should().Equal((0, 4, WeaponMentionKind.System), (10, 15, WeaponMentionKind.Class));
        gold.MentionsOf("site:b").Should().BeEmpty();
    }

    [Theory]
    [InlineData("doc_id\tsplit\n", "doc_id\tstart\tend\tkind\n")]
    [InlineData("doc_id\tsplit\tannotated_chars\nsite:a\tdev\t10\n", "doc_id\tstart\tend\tkind\n")]
    [InlineData("doc_id\tsplit\tannotated_chars\nsite:a\ttest\t10\nsite:a\ttest\t10\n", "doc_id\tstart\tend\tkind\n")]
    [InlineData("doc_id\tsplit\tannotated_chars\nsite:a\ttest\t10\n", "doc_id\tstart\tend\tkind\nsite:b\t0\t3\tclass\n")]
    [InlineData("doc_id\tsplit\tannotated_chars\nsite:a\ttest\t10\n", "doc_id\tstart\tend\tkind\nsite:a\t5\t5\tclass\n")]
    [InlineData("doc_id\tsplit\tannotated_chars\nsite:a\ttest\t10\n", "doc_id\tstart\tend\tkind\nsite:a\t-1\t3\tclass\n")]
    [InlineData("doc_id\tsplit\tannotated_chars\nsite:a\ttest\t10\n", "doc_id\tstart\tend\tkind\nsite:a\t0\t3\tweapon\n")]
    [InlineData("doc_id\tsplit\tannotated_chars\nsite:a\ttest\t10\n", "doc_id\tstart\tend\tkind\nsite:a\t0\t3\n")]
    public void Parse_rejects_malformed_files(string documents, string mentions)
    {
        var parse = () => Parse(documents, mentions);
        parse.Should().Throw<FormatException>();
    }

    [SharedDataFact]
    public void Gold_set_matches_the_news_corpus_and_the_span_conventions()
    {
        var gold = WeaponAnnotations.Load(AnnotationsDirectory());
        var texts = LoadNews(SharedData.PathOf(NewsFile)!);
        var problems = new List<string>();

        foreach (var doc in gold.Documents)
        {
            if (!texts.TryGetValue(doc.DocumentId, out string? text))
            {
                problems.Add($"{doc.DocumentId}: not in {NewsFile}");
                continue;
            }
            if (text.Length != doc.AnnotatedChars)
            {
                problems.Add($"{doc.DocumentId}: text has {text.Length} chars, annotated {doc.AnnotatedChars}");
                continue;
            }
            var mentions = gold.MentionsOf(doc.DocumentId);
            for (int i = 0; i < mentions.Count; i++)
            {
                var span = mentions[i].Span;
                string where = $"{doc.DocumentId} {span}";
                if (span.Start < 0 || span.End > text.Length)
                {
                    problems.Add($"{where}: outside the text");
                    continue;
                }
                if (i > 0 && mentions[i - 1].Span.Overlaps(span))
                    problems.Add($"{where}: overlaps {mentions[i - 1].Span}");
                if (!char.IsLetterOrDigit(text[span.Start]) || !char.IsLetterOrDigit(text[span.End - 1]))
                    problems.Add($"{where}: starts or ends with whitespace, a quote or other punctuation");
                if (ContinuesWordBefore(text, span.Start) || ContinuesWordAfter(text, span.End))
                    problems.Add($"{where}: starts or ends inside a word");
            }
        }

        problems.Should().BeEmpty();

        var documentSplit = gold.Documents.ToDictionary(d => d.DocumentId, d => d.Split);
        foreach (var split in new[] { AnnotationSplit.Test, AnnotationSplit.Train })
        {
            var inSplit = gold.Mentions.Where(m => documentSplit[m.DocumentId] == split).ToList();
            output.WriteLine(
                $"{split}: {gold.Documents.Count(d => d.Split == split)} articles, {inSplit.Count} mentions " +
                $"({inSplit.Count(m => m.Kind == WeaponMentionKind.System)} system, {inSplit.Count(m => m.Kind == WeaponMentionKind.Class)} class)");
        }
        gold.Documents.Count(d => d.Split == AnnotationSplit.Test).Should().BeGreaterThanOrEqualTo(MinimumTestArticles);
    }

    // A span must not cut a word: neither a letter or digit, nor an apostrophe or hyphen joining it to one, may touch its edge.
    private static bool ContinuesWordBefore(string text, int start)
    {
        if (start == 0) return false;
        char previous = text[start - 1];
        if (char.IsLetterOrDigit(previous) || char.GetUnicodeCategory(previous) == System.Globalization.UnicodeCategory.NonSpacingMark)
            return true;
        return IsJoiner(previous) && start >= 2 && char.IsLetterOrDigit(text[start - 2]);
    }

    private static bool ContinuesWordAfter(string text, int end)
    {
        if (end == text.Length) return false;
        char next = text[end];
        if (char.IsLetterOrDigit(next) || char.GetUnicodeCategory(next) == System.Globalization.UnicodeCategory.NonSpacingMark)
            return true;
        return IsJoiner(next) && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]);
    }

    private static bool IsJoiner(char c) => c is '-' or '\'' or '’' or 'ʼ';

    private static WeaponAnnotations Parse(string documents, string mentions) =>
        WeaponAnnotations.Parse(new StringReader(documents), new StringReader(mentions));

    private static Dictionary<string, string> LoadNews(string path)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0) continue;
            using var json = JsonDocument.Parse(line);
            texts[json.RootElement.GetProperty("id").GetString()!] = json.RootElement.GetProperty("text").GetString()!;
        }
        return texts;
    }

    private static string AnnotationsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln")))
                return Path.Combine(dir.FullName, "src", "Extraction.Training", "Annotations");
        }
        throw new DirectoryNotFoundException("The repository root (Extraction.sln) is not above the test binaries.");
    }
}
