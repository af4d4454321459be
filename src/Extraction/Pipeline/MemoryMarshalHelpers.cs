using System.Runtime.InteropServices;

namespace Extraction.Pipeline;

internal static class MemoryMarshalHelpers
{
    /// <summary>The string behind <paramref name="memory"/> when it covers a whole string, else a copy.</summary>
    public static string AsString(ReadOnlyMemory<char> memory)
    {
        if (MemoryMarshal.TryGetString(memory, out string? text, out int start, out int length)
            && start == 0 && length == text.Length)
        {
            return text;
        }
        return memory.Span.ToString();
    }
}
