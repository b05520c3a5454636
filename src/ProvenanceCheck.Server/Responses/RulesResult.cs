using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Configuration;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Reporting;
using ProvenanceCheck.Server.Policies;

namespace ProvenanceCheck.Server.Responses;

/// <summary>The effective rules: each rule with the severity it runs at under the loaded configuration (for a path, with its overrides).</summary>
internal sealed class RulesResult(CheckerSnapshot snapshot, CheckPlan plan) : IResult
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The rules for an article labelled <paramref name="path"/> (never opened), or for one sent without a path.</summary>
    public static IResult For(CheckerSnapshot snapshot, string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return new RulesResult(snapshot, snapshot.Default);
        }

        return path.Length > 1024 || path.Any(char.IsControl)
            ? Problems.For(StatusCodes.Status400BadRequest, "path", "'path' must be at most 1024 characters with no control characters")
            : new RulesResult(snapshot, snapshot.PlanFor(path));
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        using (var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter, Options))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("policy");
            writer.WriteString("hash", snapshot.PolicyHash);
            writer.WriteString("loadedAt", snapshot.LoadedAt);
            writer.WriteString("failOn", plan.FailLevel.ToName());
            writer.WriteEndObject();
            writer.WriteStartArray("rules");
            foreach (var rule in plan.Checker.Policies.Rules)
            {
                RuleJsonWriter.Write(writer, rule, ArticleChecker.EffectiveSeverity(rule, plan.Options));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }
}
