using ProvenanceCheck.Checking;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Suppressions;

/// <summary>
/// Marks the diagnostics that in-article directives silence (they stay in the result, marked, so JSON and
/// SARIF can show them) and reports directives that silence nothing or give no reason.
/// </summary>
public static class SuppressionApplier
{
    /// <summary>Applies the article's directives to its diagnostics; returns the new list in file order.</summary>
    public static List<Diagnostic> Apply(Article article, IReadOnlyList<Diagnostic> diagnostics, CheckOptions options)
    {
        var directives = SuppressionScanner.Scan(article);
        if (directives.Count == 0)
        {
            return [.. diagnostics];
        }

        var used = new HashSet<(SuppressionDirective, string)>();
        var result = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            var directive = directives.FirstOrDefault(d => d.Silences(diagnostic.Id) && Covers(d, diagnostic));
            if (directive is null)
            {
                result.Add(diagnostic);
                continue;
            }

            used.Add((directive, MatchedId(directive, diagnostic.Id)));
            result.Add(diagnostic with { Suppression = new SuppressionInfo(directive.Kind, directive.Justification, directive.DirectiveSpan) });
        }

        foreach (var directive in directives)
        {
            ReportProblems(article, directive, used, options, result);
        }

        result.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Id, b.Id));
        return result;
    }

    private static bool Covers(SuppressionDirective directive, Diagnostic diagnostic)
    {
        var isArticleLevel = diagnostic.Sentence is null && diagnostic.Span is { Start: 0, Length: 0 };
        return isArticleLevel ? directive.CoversArticle : directive.Range.Contains(diagnostic.Span.Start);
    }

    private static string MatchedId(SuppressionDirective directive, string ruleId) =>
        directive.RuleIds.FirstOrDefault(id => string.Equals(id, ruleId, StringComparison.OrdinalIgnoreCase)) ?? "all";

    private static void ReportProblems(Article article, SuppressionDirective directive, HashSet<(SuppressionDirective, string)> used, CheckOptions options, List<Diagnostic> result)
    {
        var ids = string.Join(", ", directive.RuleIds);
        if (options.RequireSuppressionReasons && directive.Justification is null)
        {
            Add(article, SuppressionRules.MissingReason, ids, directive.DirectiveSpan, options, result);
        }

        foreach (var id in directive.RuleIds.Where(id => !used.Contains((directive, id))))
        {
            Add(article, SuppressionRules.Unnecessary, id, directive.DirectiveSpan, options, result);
        }
    }

    private static void Add(Article article, RuleDescriptor rule, string ids, TextSpan span, CheckOptions options, List<Diagnostic> result)
    {
        var severity = ArticleChecker.EffectiveSeverity(rule, options);
        if (severity == Severity.None)
        {
            return;
        }

        result.Add(new Diagnostic
        {
            Rule = rule,
            Severity = severity,
            Message = rule.MessageFormat.Replace("{text}", ids, StringComparison.Ordinal),
            Span = span,
            Location = article.Source.GetLinePositionSpan(span),
            Text = article.Source.Text.Substring(span.Start, span.Length),
        });
    }
}
