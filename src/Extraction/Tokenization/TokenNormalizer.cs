namespace Extraction.Tokenization;

/// <summary>
/// Computes a token's normalized form: every apostrophe shape becomes U+0027; stress marks, soft hyphens,
/// zero-width and direction-format characters and the BOM are dropped; a Cyrillic letter written as base plus
/// combining mark (и + U+0306, і + U+0308) is composed into one letter (й, ї).
/// </summary>
public static class TokenNormalizer
{
    /// <summary>The normalized form of <paramref name="surface"/>; returns the same instance when nothing changes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="surface"/> is null.</exception>
    public static string Normalize(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        if (!NeedsNormalization(surface)) return surface;
        return Normalize(surface.AsSpan());
    }

    /// <summary>The normalized form of <paramref name="surface"/> as a new string.</summary>
    public static string Normalize(ReadOnlySpan<char> surface)
    {
        char[]? rented = null;
        Span<char> buffer = surface.Length <= 256
            ? stackalloc char[256]
            : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(surface.Length));
        int n = Normalize(surface, buffer);
        string result = new(buffer[..n]);
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>
    /// Writes the normalized form of <paramref name="surface"/> to <paramref name="destination"/> (which must be at
    /// least as long as the surface; the normalized form is never longer) and returns its length.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="surface"/>.</exception>
    public static int Normalize(ReadOnlySpan<char> surface, Span<char> destination)
    {
        if (destination.Length < surface.Length)
        {
            throw new ArgumentException("The destination must be at least as long as the surface.", nameof(destination));
        }
        int n = 0;
        foreach (char c in surface)
        {
            if (IsDropped(c)) continue;
            if (IsComposable(c) && n > 0 && TryCompose(destination[n - 1], c, out char composed))
            {
                destination[n - 1] = composed;
                continue;
            }
            destination[n++] = IsApostropheVariant(c) ? '\'' : c;
        }
        return n;
    }

    /// <summary>True when <paramref name="surface"/> holds a character that normalization rewrites or drops.</summary>
    public static bool NeedsNormalization(ReadOnlySpan<char> surface)
    {
        foreach (char c in surface)
        {
            if (IsApostropheVariant(c) || IsDropped(c) || IsComposable(c)) return true;
        }
        return false;
    }

    /// <summary>True for the apostrophe shapes written inside Ukrainian words other than U+0027: ’ ʼ ` ‘ ʹ.</summary>
    public static bool IsApostropheVariant(char c) => c is '\u2019' or '\u02BC' or '`' or '\u2018' or '\u02B9';

    /// <summary>
    /// True for characters normalization removes: the stress mark U+0301, the soft hyphen, zero-width characters
    /// (U+200B–U+200D, U+2060), direction marks and embeddings (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the BOM.
    /// </summary>
    public static bool IsDropped(char c) =>
        c is '\u0301' or '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u200E' or '\u200F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    /// <summary>True for the combining diacritics (U+0300–U+036F) that may compose with the letter before them.</summary>
    internal static bool IsComposable(char c) => c is >= '\u0300' and <= '\u036F' and not '\u0301';

    private static bool TryCompose(char letter, char mark, out char composed)
    {
        composed = (letter, mark) switch
        {
            ('и', '\u0306') => 'й',
            ('И', '\u0306') => 'Й',
            ('і', '\u0308') => 'ї',
            ('І', '\u0308') => 'Ї',
            ('е', '\u0308') => 'ё',
            ('Е', '\u0308') => 'Ё',
            ('у', '\u0306') => 'ў',
            ('У', '\u0306') => 'Ў',
            ('е', '\u0300') => 'ѐ',
            ('и', '\u0300') => 'ѝ',
            _ => '\0',
        };
        return composed != '\0';
    }
}
