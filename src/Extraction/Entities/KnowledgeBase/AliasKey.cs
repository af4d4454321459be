namespace Extraction.Entities;

/// <summary>
/// The lookup key of a name: lower-case, every apostrophe shape as U+0027, every dash as '-', quotes dropped,
/// whitespace runs as one space, trimmed. Both the knowledge base and the linker key their dictionaries with it.
/// </summary>
internal static class AliasKey
{
    /// <summary>Longest name normalized on the stack; longer ones use a heap buffer.</summary>
    public const int StackLimit = 96;

    /// <summary>Writes the key of <paramref name="source"/> into <paramref name="destination"/> (at least as long) and returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> source, Span<char> destination)
    {
        int n = 0;
        bool pendingSpace = false;
        foreach (char raw in source)
        {
            char c = raw;
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = n > 0;
                continue;
            }
            switch (c)
            {
                case '\u02BC': case '\u2019': case '\u2018': case '`': case '\u00B4': case '\u2032': case '\u02B9':
                    c = '\'';
                    break;
                case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2212':
                    c = '-';
                    break;
                case '«': case '»': case '"': case '„': case '“': case '”':
                    continue;
                default:
                    c = char.ToLowerInvariant(c);
                    break;
            }
            if (pendingSpace)
            {
                destination[n++] = ' ';
                pendingSpace = false;
            }
            destination[n++] = c;
        }
        return n;
    }

    /// <summary>The key of <paramref name="source"/> as a string.</summary>
    public static string Normalize(ReadOnlySpan<char> source)
    {
        char[]? rented = null;
        Span<char> buffer = source.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = new char[source.Length]);
        int length = Normalize(source, buffer);
        return new string(buffer[..length]);
    }
}
