using Extraction.Pipeline;
using Extraction.Serialization;

namespace Extraction.Cli.Output;

/// <summary>Writes each document's outcome in the chosen format, in input order.</summary>
internal sealed class ResultSink : IDisposable
{
    private readonly TextWriter _writer;
    private readonly OutputFormat _format;
    private readonly JsonResultWriter _json;
    private readonly HtmlReportWriter? _html;
    private readonly bool _wrapInArray;
    private int _written;

    public ResultSink(TextWriter writer, OutputFormat format, bool includeTokens, bool wrapInArray)
    {
        _writer = writer;
        _format = format;
        _json = new JsonResultWriter(indented: format == OutputFormat.Json, includeTokens);
        _wrapInArray = format == OutputFormat.Json && wrapInArray;
        if (format == OutputFormat.Html) _html = new HtmlReportWriter();
        if (format == OutputFormat.Tsv) _writer.Write(TsvResultWriter.Header + "\n");
        if (_wrapInArray) _writer.Write("[\n");
    }

    public void Write(string id, ExtractionResult result)
    {
        switch (_format)
        {
            case OutputFormat.Tsv:
                TsvResultWriter.Write(_writer, id, result);
                break;
            case OutputFormat.Html:
                _html!.Add(id, result);
                break;
            default:
                WriteJson(_json.Serialize(id, result));
                break;
        }
    }

    public void WriteError(string id, string error)
    {
        switch (_format)
        {
            case OutputFormat.Tsv:
                break; // TSV holds triples only; the error line on stderr names the document.
            case OutputFormat.Html:
                _html!.AddError(id, error);
                break;
            default:
                WriteJson(_json.SerializeError(id, error));
                break;
        }
    }

    private void WriteJson(string json)
    {
        if (_wrapInArray && _written > 0) _writer.Write(",\n");
        _writer.Write(json);
        if (!_wrapInArray) _writer.Write('\n');
        _written++;
    }

    public void Dispose()
    {
        if (_wrapInArray) _writer.Write("\n]\n");
        _html?.WriteTo(_writer);
        _writer.Flush();
    }
}
