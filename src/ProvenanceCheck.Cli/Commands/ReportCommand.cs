using System.CommandLine;
using System.Text;
using ProvenanceCheck.Audit.Baseline;
using ProvenanceCheck.Audit.Reporting;
using ProvenanceCheck.Audit.Store;

namespace ProvenanceCheck.Cli.Commands;

/// <summary><c>provcheck report audit.db [--html F] [--csv F] [--json F] [--sarif F] [--write-baseline F]</c>.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var db = new Argument<string>("db") { Description = "The audit store" };
        var html = new Option<string?>("--html") { Description = "Write the self-contained HTML report to this file" };
        var csv = new Option<string?>("--csv") { Description = "Write one CSV row per violation to this file (- for stdout)" };
        var json = new Option<string?>("--json") { Description = "Write the aggregated report as JSON to this file (- for stdout)" };
        var sarif = new Option<string?>("--sarif") { Description = "Write the violations as SARIF 2.1.0 to this file (- for stdout)" };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Write every stored finding to this baseline file (check's format, article ids as paths)" };
        var command = new Command("report", "Summarise an audit store: totals, charts, worst articles, policy applied");
        command.Arguments.Add(db);
        foreach (var option in new Option[] { html, csv, json, sarif, writeBaseline })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => CommandRunner.Run(() => StoreErrors.About(parse.GetValue(db)!, () =>
        {
            foreach (var option in new[] { html, csv, json, sarif, writeBaseline })
            {
                OutputFiles.RequireWritable(parse.GetValue(option), option.Name);
                OutputFiles.RequireNotAnInput(parse.GetValue(option), option.Name, [parse.GetValue(db)!]);
            }

            using var store = AuditStore.Open(parse.GetValue(db)!, mustExist: true);
            var report = AuditReportLoader.Load(store);
            var any = false;
            if (parse.GetValue(html) is { } htmlPath)
            {
                WriteText(htmlPath, writer => HtmlAuditReportWriter.Write(writer, report));
                any = true;
            }

            if (parse.GetValue(csv) is { } csvPath)
            {
                WriteText(csvPath, writer => CsvAuditReportWriter.Write(writer, store));
                any = true;
            }

            if (parse.GetValue(json) is { } jsonPath)
            {
                WriteBytes(jsonPath, stream => JsonAuditReportWriter.Write(stream, report));
                any = true;
            }

            if (parse.GetValue(sarif) is { } sarifPath)
            {
                var version = typeof(ReportCommand).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
                WriteBytes(sarifPath, stream => SarifAuditReportWriter.Write(stream, store, version));
                any = true;
            }

            if (parse.GetValue(writeBaseline) is { } baselinePath)
            {
                WriteBytes(baselinePath, stream => AuditBaseline.Write(stream, store));
                any = true;
            }

            if (!any)
            {
                WriteSummary(report);
            }

            return ExitCodes.Success;
        })));
        return command;
    }

    private static void WriteSummary(AuditReport report)
    {
        var t = report.Totals;
        Console.WriteLine($"{t.Articles} articles ({t.Checked} checked, {t.InputErrors} input errors), {t.Violations} violations in {t.WithViolations} articles ({t.Errors} errors, {t.Warnings} warnings, {t.Infos} info; {t.Baselined} baselined)");
        foreach (var bar in report.ByRule)
        {
            Console.WriteLine($"  {bar.Label,-8} {bar.Violations,7} in {bar.Articles,6} articles  {bar.Title}");
        }

        if (report.PoliciesUsed.Count > 1)
        {
            Console.WriteLine($"note: the articles were checked with {report.PoliciesUsed.Count} policy sets: {PolicySets(report.PoliciesUsed)}");
        }
    }

    /// <summary>"535c… (3 articles), 53d3… (3 articles)": short hashes, as the HTML report's policy section lists them in full.</summary>
    internal static string PolicySets(IReadOnlyList<ReportPolicyUse> used) =>
        string.Join(", ", used.Select(u => $"{u.Hash[..Math.Min(8, u.Hash.Length)]} ({u.Articles} articles)"));

    private static void WriteText(string path, Action<TextWriter> write)
    {
        if (path == "-")
        {
            write(Console.Out);
            return;
        }

        OutputFiles.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            write(writer);
        });
    }

    private static void WriteBytes(string path, Action<Stream> write)
    {
        if (path == "-")
        {
            using var stdout = Console.OpenStandardOutput();
            write(stdout);
            stdout.Write("\n"u8);
            return;
        }

        OutputFiles.Write(path, write);
    }
}
