using System.Diagnostics;
using System.Globalization;
using ProvenanceCheck.Audit.Pipeline;
using Spectre.Console;

namespace ProvenanceCheck.Cli.Audit;

/// <summary>Shows a running audit: a Spectre.Console progress bar on a terminal, a plain line every few seconds otherwise.</summary>
/// <remarks>Public so the audit tests can drive the plain mode with their own writer and interval.</remarks>
public static class AuditProgressDisplay
{
    /// <summary>How often a plain status line is written when standard error is not a terminal.</summary>
    public static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    /// <summary>Waits for <paramref name="run"/>, showing its progress on standard error, and returns its result.</summary>
    public static T Follow<T>(Task<T> run, AuditProgress progress, bool quiet)
    {
        var terminal = !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        return Follow(run, progress, quiet, terminal ? null : Console.Error, PlainInterval);
    }

    /// <summary>
    /// Waits for <paramref name="run"/>: nothing shown when <paramref name="quiet"/>; otherwise a line on
    /// <paramref name="plain"/> every <paramref name="interval"/>, or the progress bar when <paramref name="plain"/> is null.
    /// </summary>
    public static T Follow<T>(Task<T> run, AuditProgress progress, bool quiet, TextWriter? plain, TimeSpan interval)
    {
        if (quiet)
        {
            return run.GetAwaiter().GetResult();
        }

        var clock = Stopwatch.StartNew();
        if (plain is null)
        {
            Bar(run, progress, clock);
        }
        else
        {
            while (!Ended(run, interval))
            {
                plain.WriteLine("provcheck: audit: " + Line(progress, clock.Elapsed));
                plain.Flush();
            }
        }

        return run.GetAwaiter().GetResult();
    }

    private static void Bar(Task run, AuditProgress progress, Stopwatch clock)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn { Width = 24 }, new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("auditing", maxValue: 1);
                while (!Ended(run, TimeSpan.FromMilliseconds(250)))
                {
                    Update(task, progress, clock.Elapsed);
                }

                Update(task, progress, clock.Elapsed);
                if (run.IsCompletedSuccessfully)
                {
                    task.Value = task.MaxValue;
                }

                task.StopTask();
            });
    }

    // Task.Wait would throw a failed run's error wrapped in an AggregateException; the caller's GetResult throws it as it is,
    // so a missing input or an unopenable store reads the same with or without the progress display.
    private static bool Ended(Task run, TimeSpan wait) => Task.WaitAny([run], wait) == 0;

    private static void Update(ProgressTask task, AuditProgress progress, TimeSpan elapsed)
    {
        var expected = progress.Expected;
        task.MaxValue = Math.Max(1, expected > 0 ? Math.Max(expected, progress.Done) : progress.Seen + 1);
        task.Value = progress.Done;
        task.Description = Markup.Escape(Short(progress, elapsed));
    }

    // Short enough for an 80-column terminal beside the bar, percentage and ETA.
    private static string Short(AuditProgress progress, TimeSpan elapsed)
    {
        var done = progress.Done;
        var rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        var of = progress.Expected > 0 ? $"/{progress.Expected}" : "";
        return string.Create(CultureInfo.InvariantCulture, $"{done}{of} · {rate:0}/s · {progress.Violations} viol.");
    }

    /// <summary>One status line: done, of how many, rate, violations so far.</summary>
    public static string Line(AuditProgress progress, TimeSpan elapsed)
    {
        var done = progress.Done;
        var rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        var of = progress.Expected > 0 ? $"/{progress.Expected}" : "";
        var eta = progress.Expected > done && rate > 0 ? $", ETA {TimeSpan.FromSeconds((progress.Expected - done) / rate):hh\\:mm\\:ss}" : "";
        return string.Create(CultureInfo.InvariantCulture, $"{done}{of} articles ({progress.Checked} checked, {progress.Unchanged} unchanged, {progress.Errors} input errors), {rate:0} /s{eta}, {progress.Violations} violations");
    }
}
