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
    public static void Write(Stream output, IReadOnlyList<CheckResult> results) => Write(output, new Report(results));

    /// <summary>Writes the whole report, with suppression and baseline details.</summary>
    public static void Write(Stream output, Report report)
    {
        var results = report.Results;
        using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartObject();
        WriteTool(writer);
        writer.WriteStartArray("files");
        foreach (var result in results)
        {
            WriteFile(writer, result);
        }

        writer.WriteEndArray();
        WriteSummary(writer, report);
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

        WriteSuppression(writer, diagnostic);
        if (diagnostic.BaselineState != BaselineState.None)
        {
            writer.WriteString("baselineState", diagnostic.BaselineState == BaselineState.New ? "new" : "unchanged");
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes <c>"suppressed": {kind, justification, offset, length}</c>, only for a suppressed diagnostic.</summary>
    private static void WriteSuppression(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        if (diagnostic.Suppression is not { } suppression)
        {
            return;
        }

        writer.WriteStartObject("suppressed");
        writer.WriteString("kind", suppression.Kind);
        writer.WriteString("justification", suppression.Justification);
        writer.WriteNumber("offset", suppression.DirectiveSpan.Start);
        writer.WriteNumber("length", suppression.DirectiveSpan.Length);
        writer.WriteEndObject();
    }

    /// <summary>Writes the summary object, with suppressed and baseline counts.</summary>
    public static void WriteSummary(Utf8JsonWriter writer, Report report)
    {
        WriteSummary(writer, report.Results, writeEnd: false);
        writer.WriteNumber("suppressed", report.Suppressed);
        if (report.UsesBaseline)
        {
            writer.WriteNumber("baselined", report.Baselined);
            writer.WriteNumber("staleBaselineEntries", report.StaleBaselineEntries!.Value);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the summary object.</summary>
    public static void WriteSummary(Utf8JsonWriter writer, IReadOnlyList<CheckResult> results) => WriteSummary(writer, results, writeEnd: true);

    private static void WriteSummary(Utf8JsonWriter writer, IReadOnlyList<CheckResult> results, bool writeEnd)
    {
        writer.WriteStartObject("summary");
        writer.WriteNumber("files", results.Count);
        writer.WriteNumber("errors", results.Sum(r => r.Count(Severity.Error)));
        writer.WriteNumber("warnings", results.Sum(r => r.Count(Severity.Warning)));
        writer.WriteNumber("infos", results.Sum(r => r.Count(Severity.Info)));
        if (writeEnd)
        {
            writer.WriteEndObject();
        }
    }
}
