using System.Text.Encodings.Web;
using System.Text.Json;

namespace ProvenanceCheck.Audit.Reporting;

/// <summary>Writes the aggregated report (totals, charts' data, worst articles, input errors, policy) as one JSON document.</summary>
public static class JsonAuditReportWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Writes the report.</summary>
    public static void Write(Stream stream, AuditReport report) => JsonSerializer.Serialize(stream, report, Options);
}
