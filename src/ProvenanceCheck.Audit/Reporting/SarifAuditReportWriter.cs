using System.Text.Json;
using ProvenanceCheck.Audit.Store;

namespace ProvenanceCheck.Audit.Reporting;

/// <summary>
/// Writes live diagnostics as a minimal SARIF 2.1.0 log: one run, the rules of the applied policy, one
/// result per diagnostic with the article id as artifact URI, its region and its baseline fingerprint.
/// </summary>
public static class SarifAuditReportWriter
{
    /// <summary>Writes the log and returns the number of results.</summary>
    public static long Write(Stream stream, AuditStore store, string toolVersion)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, AuditReportLoader.Load(store, worst: 0, top: 0).Policy, toolVersion);
        json.WriteStartArray("results");
        long count = 0;
        foreach (var row in StoredDiagnosticRow.All(store))
        {
            WriteResult(json, row);
            count++;
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        return count;
    }

    private static void WriteTool(Utf8JsonWriter json, ReportPolicy? policy, string version)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "provcheck");
        json.WriteString("version", version);
        json.WriteString("informationUri", "https://github.com/provenancecheck/provcheck");
        json.WriteStartArray("rules");
        foreach (var rule in policy?.Rules ?? [])
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, StoredDiagnosticRow row)
    {
        var f = row.Finding;
        json.WriteStartObject();
        json.WriteString("ruleId", f.RuleId);
        json.WriteString("level", Level(f.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", f.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ArtifactUri(row.ArticleId));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", f.Line);
        json.WriteNumber("startColumn", f.Column);
        json.WriteNumber("endLine", row.EndLine);
        json.WriteNumber("endColumn", row.EndColumn);
        json.WriteStartObject("snippet");
        json.WriteString("text", f.Text);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString("provcheckAudit/v1", row.Fingerprint);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    // SARIF wants a URI reference: absolute URLs stay, paths and archive ids are percent-encoded per segment.
    internal static string ArtifactUri(string id) =>
        Uri.TryCreate(id, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : string.Join('/', id.Split('/').Select(Uri.EscapeDataString));

    private static string Level(string severity) => severity switch
    {
        "error" => "error",
        "warning" => "warning",
        _ => "note",
    };
}
