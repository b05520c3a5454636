using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Reporting;

/// <summary>
/// Writes GitHub Actions workflow commands (<c>::warning file=…,line=…,col=…,endColumn=…,title=PC2001::message</c>)
/// for active diagnostics, so they appear as annotations on the pull request.
/// </summary>
public static class GitHubAnnotationWriter
{
    /// <summary>Writes one line per active diagnostic.</summary>
    public static void Write(TextWriter output, Report report)
    {
        foreach (var result in report.Results)
        {
            var file = Escape(result.Path.Replace('\\', '/'), property: true);
            foreach (var diagnostic in result.Active)
            {
                var command = diagnostic.Severity switch
                {
                    Severity.Error => "error",
                    Severity.Warning => "warning",
                    _ => "notice",
                };
                var start = diagnostic.Location.Start;
                var end = diagnostic.Location.End;
                var position = $"line={start.Line + 1},col={start.Character + 1}";
                position += end.Line == start.Line ? $",endColumn={end.Character + 1}" : $",endLine={end.Line + 1}";
                output.WriteLine($"::{command} file={file},{position},title={Escape(diagnostic.Id, property: true)}::{Escape(diagnostic.Message, property: false)}");
            }
        }
    }

    /// <summary>Escapes as the Actions runner expects: %, CR and LF always; colon and comma in properties too.</summary>
    public static string Escape(string text, bool property)
    {
        var escaped = text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        return property ? escaped.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal) : escaped;
    }
}
