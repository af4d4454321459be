namespace Extraction.Cli.Output;

/// <summary>The output formats of <c>extraction extract</c>.</summary>
internal enum OutputFormat
{
    Jsonl,
    Json,
    Tsv,
    Html,
}
