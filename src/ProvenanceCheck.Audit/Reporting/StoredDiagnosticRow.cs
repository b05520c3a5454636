namespace ProvenanceCheck.Audit.Reporting;

/// <summary>One live (not baselined) diagnostic with its article's metadata, as the CSV and SARIF writers stream them.</summary>
/// <param name="ArticleId">The article id.</param>
/// <param name="Source">The file or archive.</param>
/// <param name="Url">The URL, if known.</param>
/// <param name="Author">Authors, if known.</param>
/// <param name="Published">Date, if known.</param>
/// <param name="Section">Section, if known.</param>
/// <param name="Finding">The diagnostic.</param>
/// <param name="EndLine">One-based end line.</param>
/// <param name="EndColumn">One-based end column.</param>
/// <param name="Fingerprint">Its baseline fingerprint.</param>
public sealed record StoredDiagnosticRow(string ArticleId, string Source, string? Url, string? Author, string? Published, string? Section, ReportFinding Finding, int EndLine, int EndColumn, string Fingerprint)
{
    /// <summary>Streams every live diagnostic in article and file order.</summary>
    public static IEnumerable<StoredDiagnosticRow> All(Store.AuditStore store)
    {
        using var command = store.Command(
            """
            SELECT a.id, a.source, a.url, a.author, a.published, a.section, d.rule_id, d.severity, d.line, d.col, d.message, d.text, d.sentence, d.end_line, d.end_col, d.fingerprint
            FROM diagnostics d JOIN articles a ON a.id = d.article_id
            WHERE d.baselined = 0 ORDER BY a.id, d.ordinal
            """);
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            yield return new StoredDiagnosticRow(
                r.GetString(0), r.GetString(1), S(2), S(3), S(4), S(5),
                new ReportFinding(r.GetString(6), r.GetString(7), r.GetInt32(8), r.GetInt32(9), r.GetString(10), r.GetString(11), S(12)),
                r.GetInt32(13), r.GetInt32(14), r.GetString(15));
        }
    }
}
