using System.Text;
using ProvenanceCheck.Audit.Tests.Infrastructure;

namespace ProvenanceCheck.Audit.Tests.Cli;

/// <summary>Audit honours <c>.provcheck.yaml</c> and <c>--config</c> as check does, and re-checks when configuration or reader options change.</summary>
[TestClass]
public sealed class AuditConfigTests
{
    private const string PC3001Count = "SELECT COUNT(*) FROM diagnostics WHERE rule_id = 'PC3001'";

    [TestMethod]
    public void A_discovered_config_sets_severities_and_fail_on_in_the_store_and_config_names_one_for_everything()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.File("site"), 6);
        AuditFixtures.WriteZip(temp.File("site", "old.zip"), [("a.html", Encoding.UTF8.GetBytes(AuditFixtures.Page(3)))]);
        File.WriteAllText(temp.File("site", ".provcheck.yaml"), "root: true\nrules:\n  PC3001: error\nfail-on: error\n");
        var db = temp.File("a.db");

        var found = CliProcess.Run(temp.Path, "audit", "site", "--db", "a.db", "--quiet");
        found.ExitCode.ShouldBe(1, "PC3001 is an error under the config: " + found.Stderr);
        StoreDump.Scalar(db, PC3001Count).ShouldBeGreaterThan(0);
        StoreDump.Scalar(db, PC3001Count + " AND severity <> 'error'").ShouldBe(0);
        StoreDump.Scalar(db, PC3001Count + " AND article_id LIKE 'site/old.zip!/%'").ShouldBeGreaterThan(0, "archive entries take the config found from the archive's folder");
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM articles WHERE fail_level <> 'error'").ShouldBe(0);

        File.WriteAllText(temp.File("mild.yaml"), "root: true\nrules:\n  PC3001: info\nfail-on: error\n");
        var named = CliProcess.Run(temp.Path, "audit", "site", "--db", "a.db", "--config", "mild.yaml");
        named.Stdout.ShouldContain("7 checked, 0 unchanged", customMessage: "another configuration re-checks every article");
        StoreDump.Scalar(db, PC3001Count + " AND severity <> 'info'").ShouldBe(0);
        var errors = StoreDump.Scalar(db, "SELECT COUNT(*) FROM diagnostics WHERE severity = 'error'");
        named.ExitCode.ShouldBe(errors > 0 ? 1 : 0, named.Stderr);
    }

    [TestMethod]
    public void An_override_for_one_file_changes_that_file_only_and_not_its_neighbours_in_the_same_folder()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.File("site"), 24); // two stories a month: 0000 and 0012 share 2023/01
        File.WriteAllText(temp.File("site", ".provcheck.yaml"), """
            root: true
            rules: {PC3001: info}
            overrides:
              - files: ["**/story-0012.html"]
                rules: {PC3001: error}
            """);

        var run = CliProcess.Run(temp.Path, "audit", "site", "--db", "a.db", "--quiet", "--jobs", "1");

        run.ExitCode.ShouldBe(1, run.Stderr);
        var db = temp.File("a.db");
        StoreDump.Scalar(db, PC3001Count + " AND article_id LIKE '%story-0012.html' AND severity = 'error'").ShouldBeGreaterThan(0);
        StoreDump.Scalar(db, PC3001Count + " AND article_id LIKE '%story-0000.html' AND severity = 'info'").ShouldBeGreaterThan(0, "same folder, planned before and after its neighbour");
        StoreDump.Scalar(db, PC3001Count + " AND severity = 'error'").ShouldBe(StoreDump.Scalar(db, PC3001Count + " AND article_id LIKE '%story-0012.html'"));
    }

    [TestMethod]
    public void A_broken_config_is_one_line_and_exit_2()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.File("site"), 2);
        File.WriteAllText(temp.File("site", ".provcheck.yaml"), "rules:\n  PC9999: error\n");

        var (exit, stdout, stderr) = CliProcess.Run(temp.Path, "audit", "site", "--db", "a.db");

        exit.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("PC9999");
    }

    [TestMethod]
    public void A_policy_broken_after_a_good_run_is_reported_before_the_store_is_touched()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.File("site"), 3);
        File.WriteAllText(temp.File("site", ".provcheck.yaml"), "root: true\npolicies: [desk.yaml]\n");
        File.WriteAllText(temp.File("site", "desk.yaml"), TestCheckers.MillRule);
        var good = CliProcess.Run(temp.Path, "audit", "site", "--db", "a.db", "--quiet");
        good.ExitCode.ShouldBeOneOf([0, 1], good.Stderr);
        StoreDump.Scalar(temp.File("a.db"), "SELECT COUNT(*) FROM diagnostics WHERE rule_id = 'TEST001'").ShouldBeGreaterThan(0);
        var before = StoreDump.Articles(temp.File("a.db"));

        File.WriteAllText(temp.File("site", "desk.yaml"), TestCheckers.MillRule.Replace("kind: forbid", "kind: forbidd"));
        var (exit, stdout, stderr) = CliProcess.Run(temp.Path, "audit", "site", "--db", "a.db", "--quiet");

        exit.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("desk.yaml");
        StoreDump.Scalar(temp.File("a.db"), "SELECT COUNT(*) FROM runs").ShouldBe(1, "no run was started");
        StoreDump.Articles(temp.File("a.db")).ShouldBe(before);
    }

    [TestMethod]
    public void Another_body_mode_or_input_format_re_checks_and_the_same_options_skip()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.File("site"), 5);

        Checked(temp, "audit", "site", "--db", "a.db").ShouldBe("5 checked, 0 unchanged");
        Checked(temp, "audit", "site", "--db", "a.db").ShouldBe("0 checked, 5 unchanged");
        Checked(temp, "audit", "site", "--db", "a.db", "--body", "whole").ShouldBe("5 checked, 0 unchanged");
        Checked(temp, "audit", "site", "--db", "a.db", "--body", "whole").ShouldBe("0 checked, 5 unchanged");
        Checked(temp, "audit", "site", "--db", "a.db", "--body", "whole", "--format-in", "text").ShouldBe("5 checked, 0 unchanged");
        Checked(temp, "audit", "site", "--db", "a.db", "--body", "whole", "--format-in", "text", "--fail-on", "error").ShouldBe("5 checked, 0 unchanged");
    }

    private static string Checked(TempFolder temp, params string[] args)
    {
        var (exit, stdout, stderr) = CliProcess.Run(temp.Path, args);
        exit.ShouldBeOneOf([0, 1], stderr);
        return System.Text.RegularExpressions.Regex.Match(stdout, @"\d+ checked, \d+ unchanged").Value;
    }
}
