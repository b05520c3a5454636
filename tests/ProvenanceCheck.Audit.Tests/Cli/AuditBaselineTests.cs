using System.Text.Json;
using ProvenanceCheck.Audit.Tests.Infrastructure;

namespace ProvenanceCheck.Audit.Tests.Cli;

/// <summary><c>audit --baseline</c> and <c>--fail-on</c> behave as in <c>check</c>, with one baseline format for both.</summary>
[TestClass]
public sealed class AuditBaselineTests
{
    private const string Live = "SELECT COUNT(*) FROM diagnostics WHERE baselined = 0";

    [TestMethod]
    public void Checks_own_baseline_marks_every_finding_and_only_new_ones_fail_with_stale_entries_counted()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.File("site"), 8);
        var write = CliProcess.Run(temp.Path, "check", "site", "--write-baseline", "check-baseline.json");
        write.ExitCode.ShouldBe(0, write.Stderr);
        var entries = Entries(temp.File("check-baseline.json"));
        entries.Count.ShouldBeGreaterThan(0);

        var audit = CliProcess.Run(temp.Path, "audit", "site", "--db", "a.db", "--baseline", "check-baseline.json");
        audit.ExitCode.ShouldBe(0, audit.Stdout + audit.Stderr);
        audit.Stdout.ShouldContain("0 findings at or above the fail level not in a baseline, 0 stale baseline entries");
        StoreDump.Scalar(temp.File("a.db"), Live).ShouldBe(0);
        StoreDump.Scalar(temp.File("a.db"), "SELECT COUNT(*) FROM diagnostics WHERE baselined = 1").ShouldBe(entries.Count);

        // One new finding in story 1; story 3 loses its anonymous source, so its baseline entries go stale.
        var story1 = Directory.GetFiles(temp.File("site"), "story-0001.html", SearchOption.AllDirectories).Single();
        File.WriteAllText(story1, AuditFixtures.Page(1).Replace("<p>The town council", "<p>The project was allegedly abandoned.</p>\n<p>The town council", StringComparison.Ordinal));
        var story3 = Directory.GetFiles(temp.File("site"), "story-0003.html", SearchOption.AllDirectories).Single();
        const string Anonymous = "A source close to the planning committee said the developer had withdrawn its offer.";
        File.WriteAllText(story3, AuditFixtures.Page(3).Replace($"<p>{Anonymous}</p>", "", StringComparison.Ordinal));
        var gone = entries.Count(e => e.Path.EndsWith("story-0003.html", StringComparison.Ordinal) && e.Text.Contains("planning committee", StringComparison.Ordinal));
        gone.ShouldBeGreaterThan(0);

        var again = CliProcess.Run(temp.Path, "audit", "site", "--db", "a.db", "--baseline", "check-baseline.json");
        again.ExitCode.ShouldBe(1, again.Stdout + again.Stderr);
        again.Stdout.ShouldContain($"1 findings at or above the fail level not in a baseline, {gone} stale baseline entries");
        StoreDump.Text(temp.File("a.db"), "SELECT rule_id FROM diagnostics WHERE baselined = 0").ShouldBe("PC3002");
    }

    [TestMethod]
    public void A_baseline_in_another_format_is_refused_with_one_line_and_exit_2()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.File("site"), 2);
        File.WriteAllText(temp.File("old.txt"), "# provcheck audit baseline\n0123456789abcdef0123456789abcdef\n");
        File.WriteAllText(temp.File("other.json"), """{"version": 1, "files": []}""");

        foreach (var file in new[] { "old.txt", "other.json" })
        {
            var (exit, stdout, stderr) = CliProcess.Run(temp.Path, "audit", "site", "--db", "a.db", "--baseline", file);
            exit.ShouldBe(2);
            stdout.ShouldBeEmpty();
            stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain($"{file}: not a readable baseline file");
        }
    }

    [TestMethod]
    public void Report_writes_checks_baseline_format_which_check_and_audit_both_accept()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.File("site"), 6);
        CliProcess.Run(temp.Path, "audit", "site", "--db", "a.db", "--quiet").ExitCode.ShouldBe(1, "the fixtures have warnings");
        var total = StoreDump.Scalar(temp.File("a.db"), "SELECT COUNT(*) FROM diagnostics");

        CliProcess.Run(temp.Path, "report", "a.db", "--write-baseline", "from-report.json").ExitCode.ShouldBe(0);
        var entries = Entries(temp.File("from-report.json"));
        entries.Count.ShouldBe((int)total);
        entries.ShouldAllBe(e => e.Path.StartsWith("site/", StringComparison.Ordinal));

        var check = CliProcess.Run(temp.Path, "check", "site", "--baseline", "from-report.json", "--format", "json");
        check.ExitCode.ShouldBe(0, check.Stdout + check.Stderr);
        var audit = CliProcess.Run(temp.Path, "audit", "site", "--db", "a.db", "--baseline", "from-report.json");
        audit.ExitCode.ShouldBe(0, audit.Stdout + audit.Stderr);
        StoreDump.Scalar(temp.File("a.db"), Live).ShouldBe(0);
    }

    [TestMethod]
    public void Fail_on_sets_the_lowest_severity_that_exits_1()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.File("site"), 6);
        var db = temp.File("a.db");

        CliProcess.Run(temp.Path, "audit", "site", "--db", "a.db", "--quiet").ExitCode.ShouldBe(1);
        var errors = StoreDump.Scalar(db, "SELECT COUNT(*) FROM diagnostics WHERE severity = 'error'");
        var warnings = StoreDump.Scalar(db, "SELECT COUNT(*) FROM diagnostics WHERE severity = 'warning'");
        warnings.ShouldBeGreaterThan(0);

        CliProcess.Run(temp.Path, "audit", "site", "--db", "a.db", "--quiet", "--fail-on", "error").ExitCode.ShouldBe(errors > 0 ? 1 : 0);
        CliProcess.Run(temp.Path, "audit", "site", "--db", "a.db", "--quiet", "--fail-on", "info").ExitCode.ShouldBe(1);
        CliProcess.Run(temp.Path, "audit", "site", "--db", "a.db", "--fail-on", "fatal").ExitCode.ShouldBe(2);
    }

    private static List<(string Path, string Text)> Entries(string baseline)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(baseline));
        document.RootElement.GetProperty("version").GetInt32().ShouldBe(1);
        return [.. document.RootElement.GetProperty("entries").EnumerateArray().Select(e => (e.GetProperty("path").GetString()!, e.GetProperty("text").GetString()!))];
    }
}
