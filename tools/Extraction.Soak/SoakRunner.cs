using System.Diagnostics;
using Extraction.Pipeline;

namespace Extraction.Soak;

/// <summary>Outcome of a soak run.</summary>
public sealed record SoakReport(long Inputs, long Characters, int Crashes, int Hangs, int Violations, TimeSpan Elapsed, IReadOnlyList<string> Failures);

/// <summary>
/// Feeds seeded adversarial strings through an extractor and checks every result against <see cref="ResultInvariants"/>.
/// A crash is any exception; a hang is an input that takes longer than the hang limit.
/// </summary>
public static class SoakRunner
{
    /// <summary>Runs until <paramref name="maxInputs"/> inputs or the time <paramref name="budget"/> is spent.</summary>
    public static SoakReport Run(Extractor extractor, int seed, long maxInputs, TimeSpan budget, TimeSpan hangLimit, int maxLength = 400)
    {
        var generator = new AdversarialText(seed);
        var failures = new List<string>();
        int crashes = 0, hangs = 0, violations = 0;
        long inputs = 0, characters = 0;
        var clock = Stopwatch.StartNew();
        var perInput = new Stopwatch();
        while (inputs < maxInputs && clock.Elapsed < budget)
        {
            string text = generator.Next(maxLength);
            inputs++;
            characters += text.Length;
            perInput.Restart();
            try
            {
                var result = extractor.Extract(text);
                string? violation = ResultInvariants.FindViolation(text, result);
                if (violation is not null)
                {
                    violations++;
                    Record(failures, $"violation: {violation} | input #{inputs}: {Escape(text)}");
                }
            }
            catch (Exception error)
            {
                crashes++;
                Record(failures, $"crash: {error.GetType().Name}: {error.Message} | input #{inputs}: {Escape(text)}");
            }
            if (perInput.Elapsed > hangLimit)
            {
                hangs++;
                Record(failures, $"hang: {perInput.Elapsed.TotalMilliseconds:N0} ms | input #{inputs}: {Escape(text)}");
            }
        }
        return new SoakReport(inputs, characters, crashes, hangs, violations, clock.Elapsed, failures);
    }

    private static void Record(List<string> failures, string failure)
    {
        if (failures.Count < 20) failures.Add(failure);
    }

    private static string Escape(string text)
    {
        var builder = new System.Text.StringBuilder();
        foreach (char c in text.Length > 300 ? text[..300] : text)
        {
            if (c < 0x20 || c is >= '\uD800' and <= '\uDFFF' || c is '\u200B' or '\u00AD' or '\uFEFF') builder.Append($"\\u{(int)c:X4}");
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
