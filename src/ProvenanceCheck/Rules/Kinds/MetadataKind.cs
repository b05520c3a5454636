using System.Text.RegularExpressions;
using ProvenanceCheck.Analysis;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Policies;

namespace ProvenanceCheck.Rules.Kinds;

/// <summary>
/// <c>metadata</c>: <c>check: present</c> requires one of <c>fields</c> (author, published, title, or any
/// metadata key); <c>check: ai-consistency</c> compares machine-readable AI signals (front matter,
/// meta tags, JSON-LD, IPTC digital source type) with the visible AI-use statement.
/// </summary>
public sealed partial class MetadataKind : IRuleKind
{
    private static readonly string[] AiUsedValues =
    [
        "true", "yes", "1", "trainedalgorithmicmedia", "compositewithtrainedalgorithmicmedia", "algorithmicmedia",
        "compositesynthetic", "ai-generated", "ai-assisted", "ai generated", "ai assisted", "generated", "assisted",
    ];

    private static readonly string[] AiNotUsedValues = ["false", "no", "0", "none", "digitalcapture", "humanedits", "minorhumanedits", "human"];

    /// <inheritdoc />
    public string Name => "metadata";

    /// <inheritdoc />
    public IRuleAnalyzer Create(RuleDescriptor rule, YamlNodeReader options, PolicyContext context)
    {
        var check = options.OptionalString("check") ?? "present";
        if (check is not ("present" or "ai-consistency"))
        {
            throw YamlNodeReader.Error(options.File, options.Node("check")!, "'check' must be 'present' or 'ai-consistency'");
        }

        var fields = options.OptionalStringList("fields") ?? [];
        if (check == "present" && fields.Count == 0)
        {
            throw options.Error($"{rule.Id}: 'check: present' needs 'fields'");
        }

        options.EnsureNoUnknownKeys($"the options of {rule.Id}");
        return new Analyzer(rule, check, fields);
    }

    /// <summary>Whether a metadata field is an AI signal, and if so whether it says AI was used.</summary>
    internal static bool? AiSignal(MetadataField field)
    {
        if (!AiKeyPattern().IsMatch(field.Key) && !field.Value.Contains("digitalsourcetype", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var value = field.Value.Trim().ToLowerInvariant();
        var last = value.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? value;
        if (AiUsedValues.Contains(last) || AiUsedValues.Any(v => v.Length > 5 && value.Contains(v, StringComparison.Ordinal)))
        {
            return true;
        }

        return AiNotUsedValues.Contains(last) ? false : null;
    }

    [GeneratedRegex(@"(^|[:._\-])(ai|genai)([._\-]|$)|ai[_\-]?(assisted|generated|used|use|disclosure)|digitalsourcetype|synthetic", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AiKeyPattern();

    private sealed class Analyzer(RuleDescriptor rule, string check, IReadOnlyList<string> fields) : IRuleAnalyzer
    {
        public RuleDescriptor Rule => rule;

        public void Initialize(AnalysisRegistration registration) =>
            registration.RegisterArticleAction(check == "present" ? CheckPresent : CheckAiConsistency);

        private void CheckPresent(ArticleAnalysisContext context)
        {
            var metadata = context.Article.Metadata;
            var present = fields.Any(field => field.ToLowerInvariant() switch
            {
                "author" or "byline" => metadata.Authors.Count > 0,
                "published" or "date" => metadata.Published is not null,
                "title" => metadata.Title is not null || context.Article.Blocks.Any(b => b.Kind == BlockKind.Heading),
                "language" => metadata.Language is not null,
                var key => metadata.Find(key) is not null,
            });
            if (!present)
            {
                context.ReportArticle(rule, args: new Dictionary<string, string> { ["field"] = string.Join(" or ", fields) });
            }
        }

        private void CheckAiConsistency(ArticleAnalysisContext context)
        {
            var signals = context.Article.Metadata.Fields
                .Select(f => (Field: f, Used: AiSignal(f)))
                .Where(s => s.Used is not null)
                .ToList();
            if (signals.Count == 0)
            {
                return;
            }

            var disclosures = context.Facts.Disclosures;
            var visibleUsed = disclosures.Any(d => d.Kind is DisclosureKind.Affirmative or DisclosureKind.Hedged);
            var visibleNotUsed = disclosures.Any(d => d.Kind == DisclosureKind.Negative);
            foreach (var (field, used) in signals)
            {
                var problem = used == true
                    ? visibleNotUsed && !visibleUsed ? "the visible text says no AI was used" : !visibleUsed ? "the visible text has no AI-use statement" : null
                    : visibleUsed ? "the visible text says AI was used" : null;
                if (problem is not null)
                {
                    context.ReportArticle(rule, field.SourceSpan, new Dictionary<string, string>
                    {
                        ["field"] = field.Key,
                        ["value"] = field.Value,
                        ["problem"] = problem,
                    });
                    return;
                }
            }
        }
    }
}
