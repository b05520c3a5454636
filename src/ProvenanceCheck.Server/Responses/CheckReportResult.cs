using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Reporting;

namespace ProvenanceCheck.Server.Responses;

/// <summary>
/// The answer to a check: the document <c>provcheck check --format json</c> prints (tool, files, summary),
/// written by the same <see cref="JsonReportWriter"/>, plus <c>verdict</c>, <c>failOn</c> and the policy hash.
/// Each article fails at its own configured level (overrides may set <c>fail-on</c> by path); <c>failOn</c> reports
/// the lowest of them, as <c>check</c> does for several files.
/// </summary>
internal sealed class CheckReportResult(IReadOnlyList<CheckResult> results, IReadOnlyList<Severity> failLevels, string policyHash) : IResult
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public bool Fails => results.Where((r, i) => r.FailsAt(failLevels[i])).Any();

    public string Verdict => Fails ? "fail" : "pass";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        using (var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter, Options))
        {
            writer.WriteStartObject();
            JsonReportWriter.WriteTool(writer);
            writer.WriteString("verdict", Verdict);
            writer.WriteString("failOn", failLevels.Min().ToName());
            writer.WriteStartObject("policy");
            writer.WriteString("hash", policyHash);
            writer.WriteEndObject();
            writer.WriteStartArray("files");
            foreach (var result in results)
            {
                JsonReportWriter.WriteFile(writer, result);
            }

            writer.WriteEndArray();
            JsonReportWriter.WriteSummary(writer, new Report(results));
            writer.WriteEndObject();
        }

        await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }
}
