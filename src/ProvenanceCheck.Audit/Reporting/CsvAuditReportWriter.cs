using ProvenanceCheck.Audit.Store;

namespace ProvenanceCheck.Audit.Reporting;

/// <summary>Writes one CSV row per live diagnostic (RFC 4180 quoting), streamed from the store.</summary>
public static class CsvAuditReportWriter
{
    /// <summary>Writes the CSV and returns the number of rows.</summary>
    public static long Write(TextWriter writer, AuditStore store)
    {
        writer.Write("article_id,source,url,author,published,section,rule_id,severity,line,column,message,flagged_text,sentence\r\n");
        long rows = 0;
        foreach (var row in StoredDiagnosticRow.All(store))
        {
            var f = row.Finding;
            string?[] cells = [row.ArticleId, row.Source, row.Url, row.Author, row.Published, row.Section, f.RuleId, f.Severity, f.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Column.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Message, f.Text, f.Sentence];
            writer.Write(string.Join(',', cells.Select(Quote)));
            writer.Write("\r\n");
            rows++;
        }

        return rows;
    }

    private static string Quote(string? cell)
    {
        if (cell is null)
        {
            return "";
        }

        // A leading =, +, - or @ would run as a formula in a spreadsheet; a quote mark keeps it text.
        var safe = cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal) ? "'" + cell : cell;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
