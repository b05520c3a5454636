using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Server.Policies;

namespace ProvenanceCheck.Server.Responses;

/// <summary>The effective rules: each rule with the severity it runs at under the loaded configuration.</summary>
internal sealed class RulesResult(CheckerSnapshot snapshot) : IResult
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        using (var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter, Options))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("policy");
            writer.WriteString("hash", snapshot.PolicyHash);
            writer.WriteString("loadedAt", snapshot.LoadedAt);
            writer.WriteString("failOn", snapshot.FailLevel.ToName());
            writer.WriteEndObject();
            writer.WriteStartArray("rules");
            foreach (var rule in snapshot.Checker.Policies.Rules)
            {
                writer.WriteStartObject();
                writer.WriteString("id", rule.Id);
                writer.WriteString("title", rule.Title);
                writer.WriteString("severity", ArticleChecker.EffectiveSeverity(rule, snapshot.Options).ToName());
                writer.WriteString("defaultSeverity", rule.DefaultSeverity.ToName());
                writer.WriteString("category", rule.Category);
                writer.WriteString("kind", rule.Kind);
                writer.WriteString("origin", rule.Origin);
                writer.WriteString("help", rule.HelpUri);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }
}
