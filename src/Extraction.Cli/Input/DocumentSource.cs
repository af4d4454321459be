using System.Text;
using System.Text.Json;

namespace Extraction.Cli.Input;

/// <summary>Enumerates the CLI's input documents lazily, in order: plain-text files, JSONL files, or stdin.</summary>
internal static class DocumentSource
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<CliDocument> Read(IReadOnlyList<string> paths, bool jsonl, Func<Stream> stdin)
    {
        if (paths.Count == 0) paths = ["-"];
        foreach (string path in paths)
        {
            foreach (var document in jsonl ? ReadJsonl(path, stdin) : ReadPlain(path, stdin))
            {
                yield return document;
            }
        }
    }

    private static IEnumerable<CliDocument> ReadPlain(string path, Func<Stream> stdin)
    {
        string id = path == "-" ? "stdin" : Path.GetFileNameWithoutExtension(path);
        string origin = path == "-" ? "stdin" : path;
        byte[] bytes;
        try
        {
            if (path == "-")
            {
                using var buffer = new MemoryStream();
                stdin().CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            else
            {
                bytes = File.ReadAllBytes(path);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return [CliDocument.Failed(id, origin, Describe(error))];
        }
        return [Decode(id, origin, bytes)];
    }

    private static CliDocument Decode(string id, string origin, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        try
        {
            return new CliDocument(id, StrictUtf8.GetString(bytes), null, origin);
        }
        catch (DecoderFallbackException error)
        {
            return CliDocument.Failed(id, origin, $"invalid UTF-8 at byte {error.Index}");
        }
    }

    private static IEnumerable<CliDocument> ReadJsonl(string path, Func<Stream> stdin)
    {
        Stream stream;
        try
        {
            stream = path == "-" ? stdin() : File.OpenRead(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            string id = path == "-" ? "stdin" : Path.GetFileNameWithoutExtension(path);
            return [CliDocument.Failed(id, path, Describe(error))];
        }
        return ReadLines(path == "-" ? "stdin" : path, stream);
    }

    private static IEnumerable<CliDocument> ReadLines(string path, Stream stream)
    {
        using var reader = new Utf8LineReader(stream);
        int lineNumber = 0;
        while (true)
        {
            CliDocument? document = null;
            bool end = false;
            try
            {
                if (!reader.TryReadLine(out var line))
                {
                    end = true;
                }
                else
                {
                    lineNumber++;
                    if (!IsBlank(line)) document = ParseLine(line, $"{path}:{lineNumber}");
                }
            }
            catch (IOException error)
            {
                document = CliDocument.Failed($"{path}:{lineNumber + 1}", path, Describe(error));
                end = true;
            }
            if (document is not null) yield return document;
            if (end) yield break;
        }
    }

    private static CliDocument ParseLine(ReadOnlySpan<byte> line, string origin)
    {
        if (StartsWithBom(line)) line = line[3..];
        try
        {
            StrictUtf8.GetCharCount(line);
        }
        catch (DecoderFallbackException error)
        {
            return CliDocument.Failed(origin, origin, $"invalid UTF-8 at byte {error.Index}");
        }

        string? id = null;
        string? text = null;
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return CliDocument.Failed(origin, origin, "the line is not a JSON object");
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isId = reader.ValueTextEquals("id"u8);
                bool isText = reader.ValueTextEquals("text"u8);
                reader.Read();
                if (isId) id = ReadScalar(ref reader);
                else if (isText) text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                else reader.Skip();
            }
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return CliDocument.Failed(id ?? origin, origin, "the line holds more than one JSON object");
            }
        }
        catch (JsonException error)
        {
            return CliDocument.Failed(id ?? origin, origin, $"invalid JSON: {error.Message}");
        }
        catch (InvalidOperationException error)
        {
            // Utf8JsonReader.GetString throws this for escaped lone surrogates.
            return CliDocument.Failed(id ?? origin, origin, $"invalid JSON string: {error.Message}");
        }

        id ??= origin;
        return text is null
            ? CliDocument.Failed(id, origin, "missing \"text\" (a JSON string)")
            : new CliDocument(id, text, null, origin);
    }

    private static string? ReadScalar(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.StartObject or JsonTokenType.StartArray => SkipAndNull(ref reader),
        _ => null,
    };

    private static string? SkipAndNull(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }

    private static bool StartsWithBom(ReadOnlySpan<byte> line) => line.StartsWith("\uFEFF"u8);

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;

    private static string Describe(Exception error) => error switch
    {
        FileNotFoundException => "file not found",
        DirectoryNotFoundException => "directory not found",
        UnauthorizedAccessException => "access denied (or the path is a directory)",
        _ => error.Message,
    };
}
