using ProvenanceCheck.Audit.Tests.Infrastructure;

namespace ProvenanceCheck.Audit.Tests.Cli;

[TestClass]
public sealed class AuditCliTests
{
    [TestMethod]
    public void Shards_and_merge_from_the_command_line_and_a_baseline_round_trip()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.File("site"), 20);
        for (var k = 0; k < 2; k++)
        {
            var (exit, _, stderr) = CliProcess.Run(temp.Path, "audit", "site", "--db", $"s{k}.db", "--shard", $"{k}/2", "--quiet");
            exit.ShouldBe(1, "warnings, not yet baselined: " + stderr);
        }

        var merge = CliProcess.Run(temp.Path, "merge", "s0.db", "s1.db", "-o", "all.db");
        merge.ExitCode.ShouldBe(0, merge.Stderr);
        merge.Stdout.ShouldContain("20 articles");
        merge.Stderr.ShouldBeEmpty("both shards ran with one policy");

        CliProcess.Run(temp.Path, "report", "all.db", "--write-baseline", "baseline.json").ExitCode.ShouldBe(0);
        var audit = CliProcess.Run(temp.Path, "audit", "site", "--db", "all.db", "--baseline", "baseline.json");
        audit.ExitCode.ShouldBe(0, audit.Stderr);
        audit.Stdout.ShouldContain("20 unchanged");
        var summary = CliProcess.Run(temp.Path, "report", "all.db");
        summary.Stdout.ShouldStartWith("20 articles (20 checked, 0 input errors), 0 violations");
    }

    [TestMethod]
    public void Merging_shards_that_ran_different_policies_warns_and_the_summary_says_so()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.File("site"), 12);
        File.WriteAllText(temp.File("mill.yaml"), TestCheckers.MillRule);
        CliProcess.Run(temp.Path, "audit", "site", "--db", "s0.db", "--shard", "0/2", "--quiet");
        CliProcess.Run(temp.Path, "audit", "site", "--db", "s1.db", "--shard", "1/2", "--quiet", "--policy", "mill.yaml");

        var merge = CliProcess.Run(temp.Path, "merge", "s0.db", "s1.db", "-o", "all.db");
        var summary = CliProcess.Run(temp.Path, "report", "all.db");

        merge.ExitCode.ShouldBe(0);
        merge.Stderr.Trim().ShouldStartWith("provcheck: warning: the merged articles were checked with 2 policy sets: ");
        summary.Stdout.ShouldContain("note: the articles were checked with 2 policy sets: ");
    }

    [TestMethod]
    public void Max_findings_caps_each_article_as_check_does_and_a_new_cap_rechecks_the_archive()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.File("site"), 3);
        const string PerArticle = "SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM diagnostics GROUP BY article_id)";

        CliProcess.Run(temp.Path, "audit", "site", "--db", "a.db", "--quiet").ExitCode.ShouldBe(1);
        StoreDump.Scalar(temp.File("a.db"), PerArticle).ShouldBeGreaterThan(2);
        var overTheCap = StoreDump.Scalar(temp.File("a.db"), "SELECT COUNT(*) FROM (SELECT article_id FROM diagnostics GROUP BY article_id HAVING COUNT(*) > 1)");
        overTheCap.ShouldBeGreaterThan(0);

        CliProcess.Run(temp.Path, "audit", "site", "--db", "a.db", "--max-findings", "1", "--quiet").ExitCode.ShouldBe(1);

        // One finding and PC0003 saying how many more: the changed cap is a changed plan, so every article is checked again.
        StoreDump.Scalar(temp.File("a.db"), PerArticle).ShouldBe(2);
        StoreDump.Scalar(temp.File("a.db"), "SELECT COUNT(DISTINCT article_id) FROM diagnostics WHERE rule_id = 'PC0003'").ShouldBe(overTheCap);
    }

    [TestMethod]
    public void A_device_that_never_ends_is_an_input_error_not_the_end_of_the_audit()
    {
        if (!File.Exists("/dev/zero"))
        {
            Assert.Inconclusive("no /dev/zero here");
        }

        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.File("site"), 2);

        var audit = CliProcess.Run(temp.Path, "audit", "/dev/zero", "site", "--db", "a.db", "--quiet");
        var report = CliProcess.Run(temp.Path, "report", "a.db", "--json", "-");

        audit.ExitCode.ShouldBe(1, audit.Stderr);
        report.Stdout.ShouldContain("not a regular file (a pipe or device)");
        CliProcess.Run(temp.Path, "report", "a.db").Stdout.ShouldStartWith("3 articles (2 checked, 1 input errors)");
    }

    [TestMethod]
    public void A_pipe_in_a_folder_is_an_input_error_not_a_hang()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.File("site"), 2);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", temp.File("site", "zz-pipe.html")))
        {
            mkfifo.WaitForExit();
        }

        if (!File.Exists(temp.File("site", "zz-pipe.html")))
        {
            Assert.Inconclusive("mkfifo is not available here");
        }

        var audit = CliProcess.Run(temp.Path, "audit", "site", "--db", "a.db", "--quiet");

        audit.ExitCode.ShouldBe(1, audit.Stderr);
        CliProcess.Run(temp.Path, "report", "a.db").Stdout.ShouldStartWith("3 articles (2 checked, 1 input errors)");
        CliProcess.Run(temp.Path, "report", "a.db", "--json", "-").Stdout.ShouldContain("not a regular file (a pipe or device)");
    }

    [TestMethod]
    public void A_damaged_store_is_named_by_report_and_merge_and_merge_takes_nothing_from_it()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.File("site"), 6);
        CliProcess.Run(temp.Path, "audit", "site", "--db", "good.db", "--quiet").ExitCode.ShouldBe(1);
        CliProcess.Run(temp.Path, "audit", "site", "--db", "bad.db", "--quiet").ExitCode.ShouldBe(1);
        var bytes = File.ReadAllBytes(temp.File("bad.db"));
        for (var page = 4096; page < bytes.Length; page += 4096)
        {
            // Garbage in every page's header and cells; the file header (page 1) stays, so the store still opens.
            Array.Fill(bytes, (byte)0x5A, page, 64);
        }

        File.WriteAllBytes(temp.File("bad.db"), bytes);

        var merge = CliProcess.Run(temp.Path, "merge", "good.db", "bad.db", "-o", "all.db");
        var report = CliProcess.Run(temp.Path, "report", "bad.db");

        merge.ExitCode.ShouldBe(2);
        merge.Stderr.Trim().ShouldStartWith("provcheck: error: bad.db: audit store is damaged (");
        // Every input is checked before anything is written: no half-merged output from good.db alone.
        File.Exists(temp.File("all.db")).ShouldBeFalse();
        report.ExitCode.ShouldBe(2);
        report.Stderr.Trim().ShouldStartWith("provcheck: error: bad.db: ");
        report.Stderr.ShouldNotContain("   at ");
    }

    [TestMethod]
    public void A_merge_that_fails_leaves_an_existing_output_as_it_was()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.File("a"), 3);
        AuditFixtures.WriteFolder(temp.File("b"), 4);
        CliProcess.Run(temp.Path, "audit", "a", "--db", "a.db", "--quiet").ExitCode.ShouldBe(1);
        CliProcess.Run(temp.Path, "audit", "b", "--db", "b.db", "--quiet").ExitCode.ShouldBe(1);
        CliProcess.Run(temp.Path, "merge", "a.db", "-o", "all.db").ExitCode.ShouldBe(0);
        File.WriteAllText(temp.File("not-a-db.db"), "just some text, long enough to not look like an empty database file at all");

        var merge = CliProcess.Run(temp.Path, "merge", "b.db", "not-a-db.db", "-o", "all.db");

        merge.ExitCode.ShouldBe(2);
        merge.Stderr.Trim().ShouldStartWith("provcheck: error: not-a-db.db: not an audit store");
        CliProcess.Run(temp.Path, "report", "all.db").Stdout.ShouldStartWith("3 articles");
    }

    [TestMethod]
    [DataRow("report|missing.db", "missing.db: no such audit store")]
    [DataRow("audit|nowhere|--db|a.db", "nowhere: no such file or folder")]
    [DataRow("audit|.|--db|a.db|--shard|4/4", "--shard must be K/N")]
    [DataRow("audit|.|--db|a.db|--jobs|0", "--jobs must be from 1 to 256")]
    [DataRow("audit|.|--db|a.db|--jobs|100000", "--jobs must be from 1 to 256")]
    [DataRow("audit|.|--db|a.db|--max-file-size|32MB", "Cannot parse argument '32MB' for option '--max-file-size'")]
    [DataRow("audit|.|--db|a.db|--max-archive-size|0", "--max-archive-size must be at least 1 (MB)")]
    [DataRow("audit|.|--db|a.db|--max-findings|-1", "--max-findings must be 0 (no limit) or more, not -1")]
    [DataRow("audit|.|--db|a.db|--baseline|nope.txt", "nope.txt: no such baseline file")]
    [DataRow("audit|.|--db|a.db|--baseline|not-a-db.txt", "not-a-db.txt: not a readable baseline file")]
    [DataRow("report|not-a-db.txt", "not-a-db.txt: not an audit store")]
    [DataRow("merge|missing.db|-o|out.db", "missing.db: no such audit store")]
    [DataRow("audit|.|--db|no-folder/a.db", "no-folder/a.db: no such folder to keep the audit store in")]
    [DataRow("audit|.|--db|.", ".: is a folder, not an audit store")]
    [DataRow("audit|.|--db|not-a-db.txt", "not-a-db.txt: not an audit store")]
    [DataRow("report|missing.db|--html|no-folder/report.html", "--html no-folder/report.html: no such folder")]
    [DataRow("report|not-a-db.txt|--csv|./not-a-db.txt", "--csv ./not-a-db.txt: is one of the files being read")]
    public void Bad_input_is_one_line_on_stderr_and_exit_code_2(string args, string message)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("not-a-db.txt"), "just some text, long enough to not look like an empty database file at all");

        var (exit, stdout, stderr) = CliProcess.Run(temp.Path, args.Split('|'));

        exit.ShouldBe(2);
        stdout.ShouldBeEmpty();
        // Not "internal error: AggregateException: …": the audit runs on other threads, its errors must read the same.
        stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldStartWith("provcheck: error: ");
        stderr.ShouldContain(message);
    }
}
