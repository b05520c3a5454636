using System.Globalization;
using System.Xml;
using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Reporting;

/// <summary>
/// Writes JUnit XML for CI systems that show test reports: one test case per article, one failure per
/// active diagnostic at or above the fail level (lower ones and suppressed ones go to system-out).
/// </summary>
public static class JUnitReportWriter
{
    /// <summary>Writes the report; <paramref name="failLevel"/> decides which diagnostics are failures.</summary>
    public static void Write(Stream output, Report report, Severity failLevel)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) };
        using var writer = XmlWriter.Create(output, settings);
        var results = report.Results;
        var failing = results.Count(r => r.FailsAt(failLevel));
        writer.WriteStartDocument();
        writer.WriteStartElement("testsuites");
        writer.WriteAttributeString("name", ToolInfo.Name);
        writer.WriteAttributeString("tests", Invariant(results.Count));
        writer.WriteAttributeString("failures", Invariant(failing));
        writer.WriteStartElement("testsuite");
        writer.WriteAttributeString("name", "provcheck check");
        writer.WriteAttributeString("tests", Invariant(results.Count));
        writer.WriteAttributeString("failures", Invariant(failing));
        writer.WriteAttributeString("errors", "0");
        foreach (var result in results)
        {
            writer.WriteStartElement("testcase");
            writer.WriteAttributeString("classname", "provcheck");
            writer.WriteAttributeString("name", result.Path);
            foreach (var diagnostic in result.Active.Where(d => d.Severity >= failLevel))
            {
                var start = diagnostic.Location.Start;
                writer.WriteStartElement("failure");
                writer.WriteAttributeString("type", diagnostic.Id);
                writer.WriteAttributeString("message", $"{diagnostic.Severity.ToName()} {diagnostic.Id}: {diagnostic.Message}");
                writer.WriteString($"{result.Path}({start.Line + 1},{start.Character + 1}): {diagnostic.Severity.ToName()} {diagnostic.Id}: {diagnostic.Message}");
                writer.WriteEndElement();
            }

            var others = result.Diagnostics.Where(d => !d.IsActive || d.Severity < failLevel).ToList();
            if (others.Count > 0)
            {
                writer.WriteElementString("system-out", string.Join("\n", others.Select(d => $"{d.Severity.ToName()} {d.Id}: {d.Message}{(d.IsActive ? "" : " (suppressed or in baseline)")}")));
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
