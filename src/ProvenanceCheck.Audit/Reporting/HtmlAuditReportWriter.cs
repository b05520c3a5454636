using System.Net;
using System.Text;

namespace ProvenanceCheck.Audit.Reporting;

/// <summary>
/// Writes the audit report as one self-contained HTML file: inline CSS and SVG, no script, no external
/// font or image, so it can be mailed, archived and filed as it is.
/// </summary>
public static class HtmlAuditReportWriter
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:2rem auto;max-width:1100px;color:#222;line-height:1.45;padding:0 1rem}
        h1{margin-bottom:.2rem}h2{border-bottom:2px solid #eee;padding-bottom:.2rem;margin-top:2.2rem}
        .meta{color:#666}.cards{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}
        .card{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;min-width:9rem}.card b{display:block;font-size:1.6rem}
        svg.chart text{font-size:12px;fill:#333}table{border-collapse:collapse;width:100%;font-size:.92rem}
        td,th{border-bottom:1px solid #eee;padding:.3rem .4rem;text-align:left;vertical-align:top}
        .sev-error{color:#b00020;font-weight:600}.sev-warning{color:#a15c00;font-weight:600}.sev-info{color:#2457a6}
        mark{background:#ffe3d3}details{margin:.4rem 0}.empty{color:#666}.warning{color:#a33}code{font-size:.9em}
        """;

    /// <summary>Writes the report.</summary>
    public static void Write(TextWriter writer, AuditReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>provcheck audit report</title>");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>Audit report</h1>");
        html.Append($"<p class=\"meta\">Store <code>{E(report.Store)}</code> · generated {E(report.Generated)}");
        if (report.Policy is { } policy)
        {
            html.Append($" · policy <code>{E(policy.Hash[..Math.Min(12, policy.Hash.Length)])}</code>");
        }

        html.Append("</p>");
        Totals(html, report.Totals);
        html.Append("<h2>Violations per rule</h2>").Append(SvgBarChart.Horizontal("Violations per rule", report.ByRule));
        html.Append("<h2>Violations per month</h2>").Append(SvgBarChart.Columns("Violations per month", MonthAxis.Continuous([.. report.ByMonth.Where(b => b.Label != AuditReportLoader.Undated)])));
        if (report.ByMonth.FirstOrDefault(b => b.Label == AuditReportLoader.Undated) is { } undated)
        {
            html.Append($"<p class=\"meta\">Not charted: {undated.Violations:N0} violations in {undated.Articles:N0} articles with no readable date.</p>");
        }
        html.Append("<h2>Violations per author</h2>").Append(SvgBarChart.Horizontal("Violations per author", report.ByAuthor));
        html.Append("<h2>Violations per section</h2>").Append(SvgBarChart.Horizontal("Violations per section", report.BySection));
        Worst(html, report.WorstArticles);
        InputErrors(html, report.InputErrors, report.Totals.InputErrors);
        Policy(html, report.Policy, report.PoliciesUsed);
        html.Append("</body></html>\n");
        writer.Write(html.ToString());
    }

    private static void Totals(StringBuilder html, ReportTotals t)
    {
        html.Append("<div class=\"cards\">");
        Card(html, "articles", t.Articles);
        Card(html, "checked", t.Checked);
        Card(html, "with violations", t.WithViolations);
        Card(html, "violations", t.Violations);
        Card(html, "errors", t.Errors);
        Card(html, "warnings", t.Warnings);
        Card(html, "info", t.Infos);
        Card(html, "input errors", t.InputErrors);
        if (t.Baselined > 0)
        {
            Card(html, "baselined (hidden)", t.Baselined);
        }

        html.Append("</div>");
    }

    private static void Card(StringBuilder html, string label, long value) =>
        html.Append($"<div class=\"card\"><b>{value:N0}</b>{E(label)}</div>");

    private static void Worst(StringBuilder html, IReadOnlyList<ReportArticle> articles)
    {
        html.Append("<h2>Worst articles</h2>");
        if (articles.Count == 0)
        {
            html.Append("<p class=\"empty\">No article has a violation.</p>");
            return;
        }

        html.Append("<p class=\"meta\">Ranked by weighted violations (error 3, warning 2, info 1).</p>");
        foreach (var article in articles)
        {
            var name = article.Title ?? article.Id;
            html.Append($"<details><summary><b>{E(name)}</b> — score {article.Score}, {article.Findings.Count} violations");
            html.Append($" <span class=\"meta\">{E(string.Join(" · ", new[] { article.Author, article.Published, article.Section }.Where(x => x is not null)))}</span></summary>");
            html.Append($"<p class=\"meta\"><code>{E(article.Id)}</code>{(article.Url is { } url ? $" · {E(url)}" : "")}</p><table><tr><th>rule</th><th>where</th><th>flagged sentence</th></tr>");
            foreach (var f in article.Findings)
            {
                html.Append($"<tr><td class=\"sev-{E(f.Severity)}\">{E(f.RuleId)} {E(f.Severity)}</td><td>{f.Line}:{f.Column}</td><td>{Highlight(f.Sentence ?? f.Text, f.Text)}<br><span class=\"meta\">{E(f.Message)}</span></td></tr>");
            }

            html.Append("</table></details>");
        }
    }

    private static void InputErrors(StringBuilder html, IReadOnlyList<ReportInputError> errors, long total)
    {
        html.Append("<h2>Input errors</h2>");
        if (errors.Count == 0)
        {
            html.Append("<p class=\"empty\">Every article could be read.</p>");
            return;
        }

        html.Append($"<p class=\"meta\">{total:N0} articles could not be read{(total > errors.Count ? $"; the first {errors.Count} are listed" : "")}.</p><table><tr><th>article</th><th>reason</th></tr>");
        foreach (var error in errors)
        {
            html.Append($"<tr><td><code>{E(error.Id)}</code></td><td>{E(error.Reason)}</td></tr>");
        }

        html.Append("</table>");
    }

    private static void Policy(StringBuilder html, ReportPolicy? policy, IReadOnlyList<ReportPolicyUse> used)
    {
        html.Append("<h2>Policy applied</h2>");
        if (policy is null)
        {
            html.Append("<p class=\"empty\">No run recorded a policy.</p>");
            return;
        }

        html.Append($"<p class=\"meta\">Policy hash <code>{E(policy.Hash)}</code>; files: {E(string.Join(", ", policy.Files))}</p>");
        if (used.Count > 1)
        {
            // Counts from different rule sets are not like for like: say so where the reader looks for the policy.
            html.Append($"<p class=\"warning\">The articles were not all checked with one policy set ({used.Count} sets):</p><ul>");
            foreach (var set in used)
            {
                html.Append($"<li><code>{E(set.Hash)}</code>: {set.Articles} articles; files: {E(string.Join(", ", set.Files))}</li>");
            }

            html.Append("</ul><p class=\"meta\">The rules of the latest run:</p>");
        }

        html.Append("<table><tr><th>rule</th><th>severity</th><th>category</th><th>title</th></tr>");
        foreach (var rule in policy.Rules)
        {
            html.Append($"<tr><td>{E(rule.Id)}</td><td class=\"sev-{E(rule.Severity)}\">{E(rule.Severity)}</td><td>{E(rule.Category)}</td><td>{E(rule.Title)}</td></tr>");
        }

        html.Append("</table>");
    }

    private static string Highlight(string sentence, string flagged)
    {
        var at = flagged.Length > 0 ? sentence.IndexOf(flagged, StringComparison.Ordinal) : -1;
        return at < 0
            ? E(sentence)
            : E(sentence[..at]) + "<mark>" + E(flagged) + "</mark>" + E(sentence[(at + flagged.Length)..]);
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
