namespace Extraction.Tokenization;

/// <summary>Computes a token's normalized form: one apostrophe (U+0027), no stress marks, soft hyphens or zero-width characters.</summary>
public static class TokenNormalizer
{
    /// <summary>The normalized form of <paramref name="surface"/>; returns the same instance when nothing changes.</summary>
    public static string Normalize(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        if (!NeedsNormalization(surface)) return surface;
        return Rewrite(surface);
    }

    /// <summary>True when <paramref name="surface"/> holds a character that normalization rewrites or drops.</summary>
    public static bool NeedsNormalization(ReadOnlySpan<char> surface)
    {
        foreach (char c in surface)
        {
            if (IsApostropheVariant(c) || IsDropped(c)) return true;
        }
        return false;
    }

    /// <summary>True for the apostrophe shapes written inside Ukrainian words other than U+0027.</summary>
    public static bool IsApostropheVariant(char c) => c is '\u2019' or '\u02BC' or '`' or '\u2018' or '\u02B9';

    /// <summary>True for characters normalization removes: stress marks, soft hyphens, zero-width characters and the BOM.</summary>
    public static bool IsDropped(char c) => c is '\u0301' or '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    private static string Rewrite(string surface)
    {
        var buffer = surface.Length <= 256 ? stackalloc char[surface.Length] : new char[surface.Length];
        int n = 0;
        foreach (char c in surface)
        {
            if (IsDropped(c)) continue;
            buffer[n++] = IsApostropheVariant(c) ? '\'' : c;
        }
        return new string(buffer[..n]);
    }
}
