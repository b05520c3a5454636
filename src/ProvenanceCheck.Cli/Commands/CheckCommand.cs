using System.CommandLine;
using ProvenanceCheck.Baselines;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Cli.Input;
using ProvenanceCheck.Configuration;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Fixes;
using ProvenanceCheck.Reporting;

namespace ProvenanceCheck.Cli.Commands;

/// <summary><c>provcheck check PATH…</c>: checks articles and reports diagnostics.</summary>
internal static class CheckCommand
{
    public static Command Create(CommonOptions common)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders; - reads standard input", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text, json, sarif, github or junit", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(ReportOutput.Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output" };
        var failOn = new Option<string?>("--fail-on") { Description = "Lowest severity that makes the exit code 1: error, warning or info (default: the config's fail-on, else warning)" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var color = new Option<string>("--color") { Description = "Colour text output: auto, always or never", DefaultValueFactory = _ => "auto" };
        color.AcceptOnlyFromAmong("auto", "always", "never");
        var baseline = new Option<string?>("--baseline") { Description = "Only diagnostics not in this baseline file count" };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Write every current diagnostic to this baseline file" };
        var config = new ConfigOptions();
        var metadata = new Option<string?>("--metadata") { Description = "A JSON object of CMS fields (author, aiAssisted, …) added to every article's metadata, for hooks" };
        var maxFindings = MaxFindingsOption.Create();

        var command = new Command("check", "Check articles against the loaded policies");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(failOn);
        command.Options.Add(color);
        command.Options.Add(baseline);
        command.Options.Add(writeBaseline);
        config.AddTo(command);
        command.Options.Add(metadata);
        command.Options.Add(maxFindings);
        common.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            OutputFiles.RequireWritable(parse.GetValue(output), output.Name);
            OutputFiles.RequireWritable(parse.GetValue(writeBaseline), writeBaseline.Name);
            Severity? explicitFailOn = SeverityNames.TryParse(parse.GetValue(failOn), out var level) ? level : null;
            var configured = config.Build(parse, common, explicitFailOn);
            var inputs = InputCollector.Collect(parse.GetValue(paths) ?? [], common.ForcedFormat(parse));
            OutputFiles.RequireNotAnInput(parse.GetValue(output), output.Name, inputs.Select(i => i.Path));
            OutputFiles.RequireNotAnInput(parse.GetValue(writeBaseline), writeBaseline.Name, inputs.Select(i => i.Path));
            var maxBytes = common.MaxBytes(parse);
            var baseOptions = new CheckOptions
            {
                Reader = common.ReaderOptions(parse) with { Metadata = ReadMetadata(parse.GetValue(metadata), maxBytes) },
                MaxFindings = MaxFindingsOption.Limit(parse, maxFindings),
            };

            // Everything is read and checked before anything is printed: an unreadable input fails the run without partial output.
            var checks = inputs.Select(input =>
            {
                var plan = configured.Plan(input.Path, baseOptions);
                return (Plan: plan, Result: plan.Checker.Check(InputCollector.Read(input, maxBytes), input.Format, plan.Options));
            }).ToList();
            var report = BuildReport(checks, parse.GetValue(baseline), parse.GetValue(format) == "sarif");
            if (parse.GetValue(writeBaseline) is { } baselinePath)
            {
                OutputFiles.Write(baselinePath, Baseline.FromResults(report.Results, baselinePath).Write);
            }

            var rules = checks.SelectMany(c => c.Plan.Checker.Policies.Rules).DistinctBy(r => r.Id);
            var failLevel = explicitFailOn ?? checks.Select(c => c.Plan.FailLevel).DefaultIfEmpty(Severity.Warning).Min();
            ReportOutput.Write(report, parse.GetValue(format)!, parse.GetValue(output), UseColor(parse.GetValue(color)!), failLevel, rules);
            var fails = report.Results.Select((r, i) => r.FailsAt(checks[i].Plan.FailLevel)).Any(f => f);
            return fails && parse.GetValue(writeBaseline) is null ? ExitCodes.Violations : ExitCodes.Success;
        }));
        return command;
    }

    private static IReadOnlyList<KeyValuePair<string, string>> ReadMetadata(string? path, long maxBytes)
    {
        if (path is null)
        {
            return [];
        }

        var text = SourceDecoder.ReadFile(path, ArticleFormat.Text, maxBytes);
        return CmsMetadata.FromJson(text.Text, path);
    }

    private static Report BuildReport(List<(CheckPlan Plan, CheckResult Result)> checks, string? baselinePath, bool withFixes)
    {
        IReadOnlyList<CheckResult> results = [.. checks.Select(c => c.Result)];
        int? stale = null;
        if (baselinePath is not null)
        {
            (results, var count) = Baseline.Read(baselinePath).Apply(results);
            stale = count;
        }

        var fixes = new Dictionary<CheckResult, IReadOnlyList<ProposedFix>>();
        if (withFixes)
        {
            for (var i = 0; i < results.Count; i++)
            {
                fixes[results[i]] = FixProvider.Propose(results[i], checks[i].Plan.Settings, static (_, fix) => fix.Automatic);
            }
        }

        return new Report(results) { StaleBaselineEntries = stale, Fixes = fixes };
    }

    private static bool UseColor(string mode) => mode switch
    {
        "always" => true,
        "never" => false,
        _ => !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null && Environment.GetEnvironmentVariable("TERM") != "dumb",
    };
}
