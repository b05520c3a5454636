using ProvenanceCheck.Checking;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Reporting;

/// <summary>
/// Writes compiler-style lines (<c>path(line,col): warning PC2001: message</c>), each followed by the
/// source line with the flagged words underlined and the rule's fix, then a summary line.
/// </summary>
public sealed class TextReportWriter(TextWriter output, bool color)
{
    private const int MaxShownLine = 120;

    /// <summary>Writes every result and the summary.</summary>
    public void Write(IReadOnlyList<CheckResult> results) => Write(new Report(results));

    /// <summary>Writes the active diagnostics of a report and a summary that counts the suppressed and baselined ones.</summary>
    public void Write(Report report)
    {
        var results = report.Results;
        foreach (var result in results)
        {
            foreach (var note in result.Article.Notes)
            {
                output.WriteLine($"{result.Path}: note: {note}");
            }

            foreach (var diagnostic in result.Active)
            {
                WriteDiagnostic(result, diagnostic);
            }
        }

        WriteSummary(report);
    }

    private void WriteDiagnostic(CheckResult result, Diagnostic diagnostic)
    {
        var start = diagnostic.Location.Start;
        var severity = Paint(diagnostic.Severity.ToName(), SeverityColor(diagnostic.Severity));
        output.WriteLine($"{result.Path}({start.Line + 1},{start.Character + 1}): {severity} {diagnostic.Id}: {TerminalText.Printable(diagnostic.Message)}");
        if (diagnostic.Span.Length > 0 || diagnostic.Sentence is not null)
        {
            WriteSnippet(result.Article.Source, diagnostic);
        }

        if (diagnostic.Rule.Fix is { } fix)
        {
            output.WriteLine($"      = {Paint("help", "36")}: {fix}");
        }
    }

    private void WriteSnippet(SourceText source, Diagnostic diagnostic)
    {
        var start = diagnostic.Location.Start;
        var end = diagnostic.Location.End;
        var line = source.GetLineSpan(start.Line);
        var spanEnd = end.Line == start.Line ? end.Character : line.Length;
        var (from, to) = Window(line.Length, start.Character, spanEnd);
        var shown = source.Text.Substring(line.Start + from, to - from);
        var number = (start.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        var caretFrom = Math.Clamp(start.Character - from, 0, shown.Length);
        var caretTo = Math.Clamp(Math.Min(spanEnd, to) - from, caretFrom, shown.Length);
        // An ellipsis marks where a long line was cut, so a cropped word is not mistaken for the text as written.
        var before = from > 0 ? "…" : "";
        var after = to < line.Length ? "…" : "";
        // Carets are placed in terminal cells, which is what the eye lines up, not in UTF-16 code units.
        var caretStart = before.Length + TerminalText.Width(shown.AsSpan(0, caretFrom));
        var caretLength = Math.Max(1, TerminalText.Width(shown.AsSpan(caretFrom, caretTo - caretFrom)));
        output.WriteLine($"  {number} | {before}{TerminalText.Printable(shown)}{after}");
        output.WriteLine($"  {gutter} | {new string(' ', caretStart)}{Paint(new string('^', caretLength), SeverityColor(diagnostic.Severity))}");
    }

    /// <summary>
    /// The part of a long line around the span, so minified HTML still reads; only that part is copied, since a line
    /// of megabytes with many findings would otherwise be copied whole for each.
    /// </summary>
    private static (int From, int To) Window(int lineLength, int start, int end)
    {
        if (lineLength <= MaxShownLine)
        {
            return (0, lineLength);
        }

        var from = Math.Max(0, start - 40);
        var to = Math.Min(lineLength, Math.Max(end, start) + 40);
        if (to - from > MaxShownLine + 60)
        {
            to = from + MaxShownLine + 60;
        }

        return (from, to);
    }

    private void WriteSummary(Report report)
    {
        var results = report.Results;
        var errors = results.Sum(r => r.Count(Severity.Error));
        var warnings = results.Sum(r => r.Count(Severity.Warning));
        var infos = results.Sum(r => r.Count(Severity.Info));
        output.WriteLine($"{Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(infos, "info")} in {Plural(results.Count, "file")}{Extras(report)}");
    }

    private static string Extras(Report report)
    {
        var parts = new List<string>();
        if (report.Suppressed > 0)
        {
            parts.Add($"{report.Suppressed} suppressed");
        }

        if (report.UsesBaseline)
        {
            parts.Add($"{report.Baselined} in baseline");
            parts.Add($"{report.StaleBaselineEntries} stale baseline {(report.StaleBaselineEntries == 1 ? "entry" : "entries")}");
        }

        return parts.Count == 0 ? "" : " (" + string.Join(", ", parts) + ")";
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static string SeverityColor(Severity severity) => severity switch
    {
        Severity.Error => "31;1",
        Severity.Warning => "33;1",
        _ => "34;1",
    };

    private string Paint(string text, string code) => color ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
