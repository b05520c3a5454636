using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ProvenanceCheck.Audit.Store;

namespace ProvenanceCheck.Audit.Reporting;

/// <summary>Aggregates a store into an <see cref="AuditReport"/> with SQL, so the report costs memory per bar, not per article.</summary>
public static class AuditReportLoader
{
    /// <summary>The month label of articles with no readable publication or crawl date.</summary>
    public const string Undated = "undated";

    private const string Live = "baselined = 0";

    /// <summary>Loads the report of a store.</summary>
    /// <param name="store">The open store.</param>
    /// <param name="worst">How many worst articles to list.</param>
    /// <param name="top">How many authors and sections to chart.</param>
    public static AuditReport Load(AuditStore store, int worst = 25, int top = 15) => new()
    {
        Store = store.Path,
        Generated = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        Totals = Totals(store),
        ByRule = WithRuleTitles(store, Bars(store, "d.rule_id", null)),
        ByMonth = [.. Bars(store, $"COALESCE(a.month, '{Undated}')", null).OrderBy(b => b.Label, StringComparer.Ordinal)],
        ByAuthor = Bars(store, "COALESCE(a.author, '(no author)')", top),
        BySection = Bars(store, "COALESCE(a.section, '(no section)')", top),
        WorstArticles = Worst(store, worst),
        InputErrors = Errors(store, 500),
        Policy = Policy(store),
        PoliciesUsed = PoliciesUsed(store),
    };

    /// <summary>Every policy set the store's articles were checked with, most articles first (see <see cref="ReportPolicyUse"/>).</summary>
    public static IReadOnlyList<ReportPolicyUse> PoliciesUsed(AuditStore store)
    {
        using var command = store.Command(
            """
            SELECT d.policy_hash, COUNT(*), p.files
            FROM articles a JOIN decisions d ON d.hash = a.policy_hash LEFT JOIN policies p ON p.hash = d.policy_hash
            GROUP BY d.policy_hash ORDER BY 2 DESC, 1
            """);
        using var reader = command.ExecuteReader();
        var used = new List<ReportPolicyUse>();
        while (reader.Read())
        {
            var files = reader.IsDBNull(2) ? [] : JsonSerializer.Deserialize<List<string>>(reader.GetString(2)) ?? [];
            used.Add(new ReportPolicyUse(reader.GetString(0), reader.GetInt64(1), files));
        }

        return used;
    }

    private static ReportTotals Totals(AuditStore store)
    {
        using var command = store.Command(
            $"""
            SELECT (SELECT COUNT(*) FROM articles),
                   (SELECT COUNT(*) FROM articles WHERE error IS NULL),
                   (SELECT COUNT(*) FROM articles WHERE error IS NOT NULL),
                   (SELECT COUNT(DISTINCT article_id) FROM diagnostics WHERE {Live}),
                   (SELECT COUNT(*) FROM diagnostics WHERE {Live}),
                   (SELECT COUNT(*) FROM diagnostics WHERE {Live} AND severity = 'error'),
                   (SELECT COUNT(*) FROM diagnostics WHERE {Live} AND severity = 'warning'),
                   (SELECT COUNT(*) FROM diagnostics WHERE {Live} AND severity = 'info'),
                   (SELECT COUNT(*) FROM diagnostics WHERE baselined = 1),
                   (SELECT COUNT(*) FROM runs)
            """);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new ReportTotals(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4),
            reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9));
    }

    private static List<ReportBar> Bars(AuditStore store, string groupBy, int? limit)
    {
        using var command = store.Command(
            $"""
            SELECT {groupBy} AS label, COUNT(*) AS n, COUNT(DISTINCT d.article_id)
            FROM diagnostics d JOIN articles a ON a.id = d.article_id
            WHERE d.{Live}
            GROUP BY label ORDER BY n DESC, label
            {(limit is { } l ? $"LIMIT {l}" : "")}
            """);
        using var reader = command.ExecuteReader();
        var bars = new List<ReportBar>();
        while (reader.Read())
        {
            bars.Add(new ReportBar(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)));
        }

        return bars;
    }

    private static List<ReportBar> WithRuleTitles(AuditStore store, List<ReportBar> bars)
    {
        var rules = Policy(store)?.Rules.ToDictionary(r => r.Id, r => r.Title) ?? [];
        return [.. bars.Select(b => b with { Title = rules.GetValueOrDefault(b.Label) })];
    }

    private static List<ReportArticle> Worst(AuditStore store, int count)
    {
        using var command = store.Command(
            $"""
            SELECT a.id, a.title, a.url, a.author, a.published, a.section, SUM(CASE d.severity WHEN 'error' THEN 3 WHEN 'warning' THEN 2 ELSE 1 END) AS score
            FROM diagnostics d JOIN articles a ON a.id = d.article_id
            WHERE d.{Live}
            GROUP BY a.id ORDER BY score DESC, a.id LIMIT {count}
            """);
        var articles = new List<ReportArticle>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                articles.Add(new ReportArticle(reader.GetString(0), Text(reader, 1), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5), reader.GetInt64(6), []));
            }
        }

        return [.. articles.Select(a => a with { Findings = Findings(store, a.Id) })];
    }

    private static List<ReportFinding> Findings(AuditStore store, string articleId)
    {
        using var command = store.Command($"SELECT rule_id, severity, line, col, message, text, sentence FROM diagnostics WHERE article_id = $id AND {Live} ORDER BY ordinal");
        command.Parameters.AddWithValue("$id", articleId);
        using var reader = command.ExecuteReader();
        var findings = new List<ReportFinding>();
        while (reader.Read())
        {
            findings.Add(new ReportFinding(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetString(4), reader.GetString(5), Text(reader, 6)));
        }

        return findings;
    }

    private static List<ReportInputError> Errors(AuditStore store, int count)
    {
        using var command = store.Command($"SELECT id, error FROM articles WHERE error IS NOT NULL ORDER BY id LIMIT {count}");
        using var reader = command.ExecuteReader();
        var errors = new List<ReportInputError>();
        while (reader.Read())
        {
            errors.Add(new ReportInputError(reader.GetString(0), reader.GetString(1)));
        }

        return errors;
    }

    private static ReportPolicy? Policy(AuditStore store)
    {
        using var command = store.Command("SELECT p.hash, p.files, p.rules FROM runs r JOIN policies p ON p.hash = r.policy_hash ORDER BY r.id DESC LIMIT 1");
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new ReportPolicy(
            reader.GetString(0),
            JsonSerializer.Deserialize<List<string>>(reader.GetString(1)) ?? [],
            JsonSerializer.Deserialize<List<StoredRule>>(reader.GetString(2)) ?? []);
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
