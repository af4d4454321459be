using System.Text;
using Extraction.Tokenization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Extraction.Tests.Tokenization;

/// <summary>The vectorized letter scan and the inline lower-casing agree with the table and the BCL on every code unit.</summary>
public class CharClassTests
{
    [Fact]
    public void Vector_letters_are_table_letters_without_the_normalization_bit()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (!PlainRuns.IsPlainLetter((char)c)) continue;
            CharClasses.Entry((char)c).Should().Be((byte)CharClass.Letter, $"U+{c:X4} is scanned as a plain letter");
        }
    }

    [Fact]
    public void Plain_spaces_are_table_spaces()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (!PlainRuns.IsPlainSpace((char)c)) continue;
            CharClasses.Entry((char)c).Should().Be((byte)CharClass.Space, $"U+{c:X4} is scanned as plain whitespace");
        }
    }

    [Fact]
    public void Plain_marks_are_single_punctuation_classes_that_never_join_a_word()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (!PlainRuns.IsPlainMark((char)c)) continue;
            CharClasses.Entry((char)c).Should().BeOneOf(
                [(byte)CharClass.Punctuation, (byte)CharClass.Period, (byte)CharClass.Terminal], $"U+{c:X4} is taken as a plain mark");
            ((char)c).Should().NotBe('_', "an underscore may continue an e-mail address");
        }
    }

    [Fact]
    public void Block_masks_mark_exactly_the_plain_letters_digits_and_spaces_for_every_code_unit()
    {
        // Every code unit lands once in every bit position of a block.
        var text = new char[PlainRuns.BlockLength];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            int lane = c % PlainRuns.BlockLength;
            for (int k = 0; k < text.Length; k++) text[k] = k == lane ? (char)c : (k % 3 == 0 ? ' ' : 'ї');
            ulong letters = PlainRuns.Classify(text, 0, out ulong digits, out ulong spaces);
            for (int k = 0; k < text.Length; k++)
            {
                if (((digits >> k) & 1) != 0 != text[k] is >= '0' and <= '9') Assert.Fail($"digit bit {k} wrong for U+{(int)text[k]:X4}");
                if (((letters >> k) & 1) != 0 != PlainRuns.IsPlainLetter(text[k])) Assert.Fail($"letter bit {k} wrong for U+{(int)text[k]:X4}");
                if (((spaces >> k) & 1) != 0 != PlainRuns.IsPlainSpace(text[k])) Assert.Fail($"space bit {k} wrong for U+{(int)text[k]:X4}");
            }
        }
    }

    [Fact]
    public void Letter_run_end_matches_a_table_scan_for_every_code_unit_at_every_lane()
    {
        // Each code unit in turn stands after a run of n Cyrillic letters, for every n up to two vector widths.
        var text = new char[40];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            int n = c % 34;
            for (int k = 0; k < text.Length; k++) text[k] = k < n ? 'ж' : (char)c;
            PlainRuns.LetterRunEnd(text, 0).Should().Be(TableScan(text, 0), $"U+{c:X4} after {n} letters");
        }
    }

    [Property(MaxTest = 500)]
    public void Letter_run_end_matches_a_table_scan_on_mixed_text(NonNegativeInt seed)
    {
        var random = new Random(seed.Get);
        const string pool = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙЯabcXYZéüßΩ中ӀԯҊ\u0482\u0483\u0301\u200B’'- .,1\uD83D\uDC4D";
        var builder = new StringBuilder();
        int length = random.Next(0, 80);
        for (int i = 0; i < length; i++) builder.Append(random.Next(4) == 0 ? pool[random.Next(pool.Length)] : pool[random.Next(33)]);
        string text = builder.ToString();
        for (int start = 0; start <= text.Length; start++)
        {
            PlainRuns.LetterRunEnd(text, start).Should().Be(TableScan(text, start));
        }
    }

    [Fact]
    public void Inline_lower_casing_equals_the_invariant_culture()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            InvariantLower.Of((char)c).Should().Be(char.ToLowerInvariant((char)c), $"U+{c:X4}");
        }
    }

    private static int TableScan(ReadOnlySpan<char> text, int k)
    {
        while (k < text.Length && CharClasses.Of(text[k]) == CharClass.Letter) k++;
        return k;
    }
}
