namespace Extraction.Cli.Input;

/// <summary>A document read by the CLI: its id and text, or the reason it could not be read.</summary>
/// <param name="Id">The document id (file name without extension, the JSONL <c>id</c>, or <c>file:line</c>).</param>
/// <param name="Text">The text, or <see langword="null"/> when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the document could not be read, or <see langword="null"/>.</param>
/// <param name="Origin">Where it came from, for error lines (<c>path</c> or <c>path:line</c>).</param>
internal sealed record CliDocument(string Id, string? Text, string? Error, string Origin)
{
    public static CliDocument Failed(string id, string origin, string error) => new(id, null, error, origin);
}
