using System.CommandLine;
using System.Globalization;
using ProvenanceCheck.Audit.Baseline;
using ProvenanceCheck.Audit.Pipeline;
using ProvenanceCheck.Audit.Sources;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Cli.Audit;
using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Cli.Commands;

/// <summary><c>provcheck audit INPUT… --db audit.db</c>: checks archives in parallel into a resumable SQLite store.</summary>
internal static class AuditCommand
{
    // Each worker holds a store connection (a file descriptor) and up to four queued articles, and the work is CPU-bound:
    // --jobs 100000 used to spend seconds opening connections and, under a 1,024-descriptor limit, ended in SQLite's
    // "unable to open database file".
    private const int MaxJobs = 256;

    public static Command Create(CommonOptions common)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Folders, article files, .zip, .warc, .warc.gz, WordPress .xml exports, .jsonl", Arity = ArgumentArity.OneOrMore };
        var db = new Option<string>("--db") { Description = "The SQLite audit store (created if missing, resumed if present)", Required = true };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Parallel checkers (default: the core count)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var include = new Option<string[]>("--include") { Description = "Glob a folder's files must match, e.g. '**/2019/*.html' (repeatable)" };
        var exclude = new Option<string[]>("--exclude") { Description = "Glob of folder files to leave out (repeatable)" };
        var shard = new Option<string?>("--shard") { Description = "Check shard K of N (K/N, 0 <= K < N, as JOB_COMPLETION_INDEX)" };
        var baseline = new Option<string?>("--baseline") { Description = "Baseline file (as check --write-baseline or report --write-baseline write it): only findings not in it count" };
        var failOn = new Option<string?>("--fail-on") { Description = "Lowest severity that makes the exit code 1: error, warning or info (default: the config's fail-on, else warning)" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var maxArchive = new Option<int>("--max-archive-size") { Description = "Most MB inflated from one zip (zip-bomb cap)", DefaultValueFactory = _ => 4096 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress and no summary" };
        var maxFindings = MaxFindingsOption.Create();
        var config = new ConfigOptions();

        var command = new Command("audit", "Audit an archive into an SQLite store (parallel, incremental, resumable)");
        command.Arguments.Add(inputs);
        foreach (var option in new Option[] { db, jobs, include, exclude, shard, baseline, failOn, maxArchive, maxFindings, quiet })
        {
            command.Options.Add(option);
        }

        config.AddTo(command);
        common.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            Severity? explicitFailOn = SeverityNames.TryParse(parse.GetValue(failOn), out var level) ? level : null;
            var readerOptions = new CheckOptions { Reader = common.ReaderOptions(parse), MaxFindings = MaxFindingsOption.Limit(parse, maxFindings) };
            var planner = new AuditPlanner(config.Build(parse, common, explicitFailOn), readerOptions, common.ForcedFormat(parse));
            var options = new AuditOptions
            {
                DatabasePath = parse.GetValue(db)!,
                Jobs = parse.GetValue(jobs) is > 0 and <= MaxJobs and var j ? j : throw new UsageException($"--jobs must be from 1 to {MaxJobs}"),
                Check = readerOptions,
                Sources = new SourceOptions
                {
                    Include = parse.GetValue(include) ?? [],
                    Exclude = parse.GetValue(exclude) ?? [],
                    MaxArticleBytes = common.MaxBytes(parse),
                    MaxArchiveBytes = (parse.GetValue(maxArchive) is > 0 and var mb ? mb : throw new UsageException("--max-archive-size must be at least 1 (MB)")) * 1024L * 1024L,
                    ForcedFormat = common.ForcedFormat(parse),
                },
                Shard = ParseShard(parse.GetValue(shard)),
                Baseline = parse.GetValue(baseline) is { } file ? AuditBaseline.Load(file) : null,
                FailOn = explicitFailOn,
                CountAhead = !parse.GetValue(quiet),
            };
            return Run(planner, options, parse.GetValue(inputs) ?? [], parse.GetValue(quiet));
        }));
        return command;
    }

    private static int Run(AuditPlanner planner, AuditOptions options, string[] inputs, bool quiet)
    {
        var progress = new AuditProgress();
        var runner = new AuditRunner(planner, options);
        var summary = AuditProgressDisplay.Follow(Task.Run(() => StoreErrors.About(options.DatabasePath, () => runner.Run(inputs, progress))), progress, quiet);
        if (!quiet)
        {
            var seconds = Math.Max(summary.Elapsed.TotalSeconds, 0.001);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"audited {summary.Checked + summary.Unchanged + summary.Errors} articles: {summary.Checked} checked, {summary.Unchanged} unchanged, {summary.Errors} input errors, {summary.Violations} new violations in {seconds:0.0} s ({summary.Checked / seconds:0} checked/s) -> {options.DatabasePath}"));
            var stale = summary.StaleBaselineEntries is { } count ? $", {count} stale baseline entries" : "";
            Console.WriteLine($"{summary.Failing} findings at or above the fail level not in a baseline{stale}");
        }

        return summary.Failing > 0 ? ExitCodes.Violations : ExitCodes.Success;
    }

    private static ShardSpec? ParseShard(string? text)
    {
        try
        {
            return text is null ? null : ShardSpec.Parse(text);
        }
        catch (FormatException ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
