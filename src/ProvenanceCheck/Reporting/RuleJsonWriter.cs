using System.Text.Json;
using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Reporting;

/// <summary>One rule as JSON, the same object in <c>provcheck rules --format json</c> and the service's <c>GET /v1/rules</c>.</summary>
public static class RuleJsonWriter
{
    /// <summary>
    /// Writes the rule. With <paramref name="effective"/>, <c>severity</c> is the severity it runs at and
    /// <c>defaultSeverity</c> the rule's own; without, <c>severity</c> is the rule's own.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, RuleDescriptor rule, Severity? effective = null)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("title", rule.Title);
        writer.WriteString("severity", (effective ?? rule.DefaultSeverity).ToName());
        if (effective is not null)
        {
            writer.WriteString("defaultSeverity", rule.DefaultSeverity.ToName());
        }

        writer.WriteString("category", rule.Category);
        writer.WriteString("kind", rule.Kind);
        writer.WriteString("origin", rule.Origin);
        writer.WriteString("help", rule.HelpUri);
        writer.WriteEndObject();
    }
}
