using System.Text.RegularExpressions;
using ProvenanceCheck.Audit.Pipeline;
using ProvenanceCheck.Audit.Tests.Infrastructure;
using ProvenanceCheck.Cli.Audit;

namespace ProvenanceCheck.Audit.Tests.Cli;

/// <summary>Progress when standard error is not a terminal: plain periodic lines, no escape codes; none with --quiet.</summary>
[TestClass]
public sealed partial class ProgressDisplayTests
{
    [GeneratedRegex(@"^provcheck: audit: \d+/10 articles \(\d+ checked, 0 unchanged, 1 input errors\), \d+ /s(, ETA \d\d:\d\d:\d\d)?, \d+ violations$")]
    private static partial Regex PlainLine();

    [TestMethod]
    public void Not_a_terminal_gives_plain_lines_every_interval_with_the_counts_so_far()
    {
        var progress = new AuditProgress();
        progress.SetExpected(10);
        progress.AddError();
        var output = new StringWriter();
        var writer = TextWriter.Synchronized(output);
        var run = new TaskCompletionSource<int>();
        var follow = Task.Run(() => AuditProgressDisplay.Follow(run.Task, progress, quiet: false, writer, TimeSpan.FromMilliseconds(20)));

        for (var i = 0; i < 4; i++)
        {
            progress.AddChecked(violations: 3);
        }

        WaitFor(() => Lines(output, writer).Count(l => l.Contains("5/10 articles (4 checked", StringComparison.Ordinal)) >= 2);
        run.SetResult(42);
        follow.Result.ShouldBe(42);

        var lines = Lines(output, writer);
        lines.Count.ShouldBeGreaterThanOrEqualTo(2);
        lines.ShouldAllBe(l => PlainLine().IsMatch(l));
        lines[^1].ShouldEndWith(", 12 violations");
        output.ToString().ShouldNotContain("\u001b");
    }

    [TestMethod]
    public void A_failed_run_throws_its_own_error_not_one_wrapped_in_an_AggregateException()
    {
        var progress = new AuditProgress();
        var run = Task.FromException<int>(new Documents.InputException("archive.zip: no such file or folder"));

        var error = Should.Throw<Documents.InputException>(() =>
            AuditProgressDisplay.Follow(run, progress, quiet: false, new StringWriter(), TimeSpan.FromMilliseconds(10)));

        error.Message.ShouldBe("archive.zip: no such file or folder");
    }

    [TestMethod]
    public void Quiet_prints_nothing_however_long_the_run()
    {
        var progress = new AuditProgress();
        progress.AddChecked(violations: 2);
        var output = new StringWriter();
        var run = new TaskCompletionSource<int>();
        var follow = Task.Run(() => AuditProgressDisplay.Follow(run.Task, progress, quiet: true, TextWriter.Synchronized(output), TimeSpan.FromMilliseconds(10)));

        Thread.Sleep(200);
        run.SetResult(7);
        follow.Result.ShouldBe(7);
        output.ToString().ShouldBeEmpty();
    }

    [TestMethod]
    public void Quiet_audit_from_the_command_line_writes_nothing_to_either_stream()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.File("site"), 3);

        var (exit, stdout, stderr) = CliProcess.Run(temp.Path, "audit", "site", "--db", "a.db", "--quiet");

        exit.ShouldBe(1);
        stdout.ShouldBeEmpty();
        stderr.ShouldBeEmpty();
    }

    // The synchronized writer locks on itself, so reading under the same lock never sees half a line.
    private static List<string> Lines(StringWriter output, TextWriter writer)
    {
        lock (writer)
        {
            return [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];
        }
    }

    private static void WaitFor(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "no plain progress line came");
            Thread.Sleep(10);
        }
    }
}
