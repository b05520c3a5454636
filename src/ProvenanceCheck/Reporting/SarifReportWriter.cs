using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ProvenanceCheck.Baselines;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Fixes;

namespace ProvenanceCheck.Reporting;

/// <summary>
/// Writes SARIF 2.1.0 as GitHub code scanning and the SARIF multitool expect: the rules in
/// <c>tool.driver.rules</c>, one result per diagnostic with a physical location (lines, UTF-16 columns,
/// character offset and length, snippet), partial fingerprints, in-source suppressions, the baseline state
/// when a baseline is used, and fixes as replacements.
/// </summary>
public static class SarifReportWriter
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string RootBase = "SRCROOT";
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the report; relative article paths are resolved against <paramref name="rootDirectory"/>.</summary>
    public static void Write(Stream output, Report report, IEnumerable<RuleDescriptor> rules, string rootDirectory)
    {
        var ruleList = rules.Concat(report.Results.SelectMany(r => r.Diagnostics).Select(d => d.Rule))
            .DistinctBy(r => r.Id, StringComparer.OrdinalIgnoreCase).ToList();
        var ruleIndex = ruleList.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.OrdinalIgnoreCase);
        using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();
        WriteTool(writer, ruleList);
        writer.WriteStartObject("originalUriBaseIds");
        writer.WriteStartObject(RootBase);
        writer.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootDirectory)) + Path.DirectorySeparatorChar).AbsoluteUri);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartArray("results");
        foreach (var result in report.Results)
        {
            report.Fixes.TryGetValue(result, out var fixes);
            WriteResults(writer, result, fixes ?? [], ruleIndex, rootDirectory);
        }

        writer.WriteEndArray();
        writer.WriteString("columnKind", "utf16CodeUnits");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The SARIF level of a severity.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    private static void WriteTool(Utf8JsonWriter writer, List<RuleDescriptor> rules)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", ToolInfo.Name);
        writer.WriteString("version", ToolInfo.Version);
        writer.WriteString("semanticVersion", ToolInfo.Version);
        writer.WriteString("informationUri", "https://provenancecheck.dev");
        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(writer, rule);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter writer, RuleDescriptor rule)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("name", PascalName(rule.Title));
        WriteMessage(writer, "shortDescription", Sentence(rule.Title));
        WriteMessage(writer, "fullDescription", Sentence(rule.Description ?? rule.Title));
        if (rule.HelpUri is { } help)
        {
            writer.WriteString("helpUri", help);
        }

        WriteMessage(writer, "help", Sentence(rule.Fix ?? rule.Description ?? rule.Title));
        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", Level(rule.DefaultSeverity));
        writer.WriteBoolean("enabled", rule.DefaultSeverity != Severity.None);
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteString("category", rule.Category);
        writer.WriteStartArray("tags");
        foreach (var tag in rule.Tags.Prepend(rule.Category))
        {
            writer.WriteStringValue(tag);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResults(Utf8JsonWriter writer, CheckResult result, IReadOnlyList<ProposedFix> fixes, Dictionary<string, int> ruleIndex, string rootDirectory)
    {
        var fingerprints = Fingerprinter.Compute(result.Diagnostics);
        var (uri, baseId) = ArtifactUri(result.Path, rootDirectory);
        for (var i = 0; i < result.Diagnostics.Count; i++)
        {
            var diagnostic = result.Diagnostics[i];
            writer.WriteStartObject();
            writer.WriteString("ruleId", diagnostic.Id);
            writer.WriteNumber("ruleIndex", ruleIndex[diagnostic.Id]);
            writer.WriteString("level", Level(diagnostic.Severity));
            WriteMessage(writer, "message", Sentence(diagnostic.Message));
            writer.WriteStartArray("locations");
            writer.WriteStartObject();
            writer.WriteStartObject("physicalLocation");
            WriteArtifact(writer, uri, baseId);
            WriteRegion(writer, result, diagnostic);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteStartObject("partialFingerprints");
            writer.WriteString("provcheckFingerprint/v1", fingerprints[i]);
            writer.WriteEndObject();
            WriteSuppression(writer, diagnostic);
            if (diagnostic.BaselineState != BaselineState.None)
            {
                writer.WriteString("baselineState", diagnostic.BaselineState == BaselineState.New ? "new" : "unchanged");
            }

            WriteFixes(writer, result, fixes.Where(f => ReferenceEquals(f.Diagnostic, diagnostic)), uri, baseId);
            writer.WriteEndObject();
        }
    }

    private static void WriteRegion(Utf8JsonWriter writer, CheckResult result, Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        writer.WriteStartObject("region");
        writer.WriteNumber("startLine", location.Start.Line + 1);
        writer.WriteNumber("startColumn", location.Start.Character + 1);
        writer.WriteNumber("endLine", location.End.Line + 1);
        writer.WriteNumber("endColumn", location.End.Character + 1);
        writer.WriteNumber("charOffset", diagnostic.Span.Start);
        writer.WriteNumber("charLength", diagnostic.Span.Length);
        if (diagnostic.Span.Length > 0)
        {
            writer.WriteStartObject("snippet");
            writer.WriteString("text", result.Article.Source.Text.Substring(diagnostic.Span.Start, diagnostic.Span.Length));
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteSuppression(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        if (diagnostic.Suppression is not { } suppression)
        {
            return;
        }

        writer.WriteStartArray("suppressions");
        writer.WriteStartObject();
        writer.WriteString("kind", "inSource");
        writer.WriteString("status", "accepted");
        if (suppression.Justification is { } reason)
        {
            writer.WriteString("justification", reason);
        }

        writer.WriteStartObject("properties");
        writer.WriteString("directive", suppression.Kind);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void WriteFixes(Utf8JsonWriter writer, CheckResult result, IEnumerable<ProposedFix> fixes, string uri, string? baseId)
    {
        var list = fixes.ToList();
        if (list.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("fixes");
        foreach (var fix in list)
        {
            writer.WriteStartObject();
            WriteMessage(writer, "description", Sentence(fix.Definition.Title));
            writer.WriteStartArray("artifactChanges");
            writer.WriteStartObject();
            WriteArtifact(writer, uri, baseId);
            writer.WriteStartArray("replacements");
            foreach (var edit in fix.Edits)
            {
                var span = result.Article.Source.GetLinePositionSpan(edit.Span);
                writer.WriteStartObject();
                writer.WriteStartObject("deletedRegion");
                writer.WriteNumber("startLine", span.Start.Line + 1);
                writer.WriteNumber("startColumn", span.Start.Character + 1);
                writer.WriteNumber("endLine", span.End.Line + 1);
                writer.WriteNumber("endColumn", span.End.Character + 1);
                writer.WriteNumber("charOffset", edit.Span.Start);
                writer.WriteNumber("charLength", edit.Span.Length);
                writer.WriteEndObject();
                writer.WriteStartObject("insertedContent");
                writer.WriteString("text", edit.NewText);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteArtifact(Utf8JsonWriter writer, string uri, string? baseId)
    {
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", uri);
        if (baseId is not null)
        {
            writer.WriteString("uriBaseId", baseId);
        }

        writer.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }

    /// <summary>A relative URI under SRCROOT when the article lies below the root, else an absolute file URI.</summary>
    private static (string Uri, string? BaseId) ArtifactUri(string path, string rootDirectory)
    {
        if (path is "-" or "<stdin>")
        {
            return ("stdin", RootBase);
        }

        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Path.GetFullPath(rootDirectory), full);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return (new Uri(full).AbsoluteUri, null);
        }

        return (string.Join('/', relative.Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString)), RootBase);
    }

    /// <summary>SARIF wants messages to end with a full stop.</summary>
    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }

    private static string PascalName(string title)
    {
        var builder = new StringBuilder();
        foreach (var word in title.Split([' ', '-', '/', '\'', '(', ')', ',', ':', ';', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string([.. word.Where(char.IsLetterOrDigit)]);
            // One-letter words ("a", the "s" of a possessive) would put two capitals together, which SARIF2012 flags.
            if (letters.Length > 1)
            {
                builder.Append(char.ToUpperInvariant(letters[0])).Append(letters[1..].ToLowerInvariant());
            }
        }

        return builder.ToString();
    }
}
