using System.Text;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Reporting;

namespace ProvenanceCheck.Cli.Commands;

/// <summary>Writes a report in the chosen format to standard output or to a file (<c>--output</c>).</summary>
internal static class ReportOutput
{
    public static readonly string[] Formats = ["text", "json", "sarif", "github", "junit"];

    public static void Write(Report report, string format, string? outputPath, bool color, Severity failLevel, IEnumerable<RuleDescriptor> rules)
    {
        if (outputPath is null)
        {
            using var stdout = Console.OpenStandardOutput();
            Write(report, format, stdout, Console.Out, color, failLevel, rules);
            return;
        }

        // Written to memory first, so a report that fails to format leaves the previous file as it was.
        using var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true))
        {
            Write(report, format, buffer, text, color: false, failLevel, rules);
        }

        OutputFiles.Write(outputPath, buffer.WriteTo);
    }

    private static void Write(Report report, string format, Stream stream, TextWriter text, bool color, Severity failLevel, IEnumerable<RuleDescriptor> rules)
    {
        switch (format)
        {
            case "json":
                text.Flush();
                JsonReportWriter.Write(stream, report);
                stream.Write("\n"u8);
                break;
            case "sarif":
                text.Flush();
                SarifReportWriter.Write(stream, report, rules, Directory.GetCurrentDirectory());
                stream.Write("\n"u8);
                break;
            case "junit":
                text.Flush();
                JUnitReportWriter.Write(stream, report, failLevel);
                stream.Write("\n"u8);
                break;
            case "github":
                GitHubAnnotationWriter.Write(text, report);
                text.Flush();
                break;
            default:
                new TextReportWriter(text, color).Write(report);
                text.Flush();
                break;
        }
    }
}
