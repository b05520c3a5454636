using System.Text.Encodings.Web;
using System.Text.Json;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Reporting;

/// <summary>
/// Writes results as one JSON document:
/// <c>{"tool":{name,version},"files":[{path,format,diagnostics:[…]}],"summary":{files,errors,warnings,infos}}</c>.
/// Lines and columns are 1-based; columns, offsets and lengths count UTF-16 code units of the decoded file.
/// </summary>
public static class JsonReportWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the whole report.</summary>
    public static void Write(Stream output, IReadOnlyList<CheckResult> results)
    {
        using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartObject();
        WriteTool(writer);
        writer.WriteStartArray("files");
        foreach (var result in results)
        {
            WriteFile(writer, result);
        }

        writer.WriteEndArray();
        WriteSummary(writer, results);
        writer.WriteEndObject();
    }

    /// <summary>Writes the tool object.</summary>
    public static void WriteTool(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("tool");
        writer.WriteString("name", ToolInfo.Name);
        writer.WriteString("version", ToolInfo.Version);
        writer.WriteEndObject();
    }

    /// <summary>Writes one file's object.</summary>
    public static void WriteFile(Utf8JsonWriter writer, CheckResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("path", result.Path);
        writer.WriteString("format", result.Article.Format.ToName());
        if (result.Article.Notes.Count > 0)
        {
            writer.WriteStartArray("notes");
            foreach (var note in result.Article.Notes)
            {
                writer.WriteStringValue(note);
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            WriteDiagnostic(writer, diagnostic);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one diagnostic.</summary>
    public static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("id", diagnostic.Id);
        writer.WriteString("severity", diagnostic.Severity.ToName());
        writer.WriteString("category", diagnostic.Rule.Category);
        writer.WriteString("message", diagnostic.Message);
        writer.WriteNumber("line", diagnostic.Location.Start.Line + 1);
        writer.WriteNumber("column", diagnostic.Location.Start.Character + 1);
        writer.WriteNumber("endLine", diagnostic.Location.End.Line + 1);
        writer.WriteNumber("endColumn", diagnostic.Location.End.Character + 1);
        writer.WriteNumber("offset", diagnostic.Span.Start);
        writer.WriteNumber("length", diagnostic.Span.Length);
        writer.WriteString("text", diagnostic.Text);
        if (diagnostic.Sentence is null)
        {
            writer.WriteNull("sentence");
        }
        else
        {
            writer.WriteString("sentence", diagnostic.Sentence);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the summary object.</summary>
    public static void WriteSummary(Utf8JsonWriter writer, IReadOnlyList<CheckResult> results)
    {
        writer.WriteStartObject("summary");
        writer.WriteNumber("files", results.Count);
        writer.WriteNumber("errors", results.Sum(r => r.Count(Severity.Error)));
        writer.WriteNumber("warnings", results.Sum(r => r.Count(Severity.Warning)));
        writer.WriteNumber("infos", results.Sum(r => r.Count(Severity.Info)));
        writer.WriteEndObject();
    }
}
