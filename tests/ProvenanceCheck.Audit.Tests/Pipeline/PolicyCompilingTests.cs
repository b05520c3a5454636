using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ProvenanceCheck.Audit.Pipeline;
using ProvenanceCheck.Audit.Sources;
using ProvenanceCheck.Audit.Tests.Infrastructure;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Configuration;

namespace ProvenanceCheck.Audit.Tests.Pipeline;

/// <summary>An audit compiles its policies only when an article needs checking, or when the store cannot vouch for them.</summary>
[TestClass]
public sealed class PolicyCompilingTests
{
    /// <summary>A planner as <c>provcheck audit</c> builds one: each call is a new process with nothing compiled.</summary>
    private static AuditPlanner NewPlanner(string? engineVersion = null)
    {
        var services = new ServiceCollection();
        services.AddProvenanceCheck();
        var factory = services.BuildServiceProvider().GetRequiredService<CheckerFactory>();
        var configured = new ConfiguredChecker(factory, new ConfigResolver(), new ConfiguredCheckerOptions());
        return engineVersion is null ? new AuditPlanner(configured, new CheckOptions()) : new AuditPlanner(configured, new CheckOptions(), null, engineVersion);
    }

    /// <summary>Audits <paramref name="folder"/>; whether the plan of the folder or of any file in it got compiled.</summary>
    private static (AuditSummary Summary, bool Compiled) Audit(string db, string folder, string? engineVersion = null, long maxArticleBytes = 1 << 20)
    {
        var planner = NewPlanner(engineVersion);
        var options = new AuditOptions { DatabasePath = db, Jobs = 2, Sources = new SourceOptions { MaxArticleBytes = maxArticleBytes } };
        var summary = new AuditRunner(planner, options).Run([folder], new AuditProgress());
        var plans = Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Select(planner.For).Append(planner.ForInput(folder));
        return (summary, plans.Any(p => p.IsCompiled));
    }

    [TestMethod]
    public void A_run_with_nothing_changed_compiles_nothing_and_a_changed_article_compiles_the_policies()
    {
        using var temp = new TempFolder();
        var site = temp.File("site");
        AuditFixtures.WriteFolder(site, 4);
        var db = temp.File("a.db");

        var first = Audit(db, site);
        var unchanged = Audit(db, site);
        File.WriteAllText(Path.Combine(site, "2023", "02", "story-0001.html"), AuditFixtures.Page(12));
        var edited = Audit(db, site);

        first.Summary.Checked.ShouldBe(4);
        first.Compiled.ShouldBeTrue("a new store knows no plan: it is compiled before anything is written");
        unchanged.Summary.Unchanged.ShouldBe(4);
        unchanged.Compiled.ShouldBeFalse("every stored result holds under a plan this store saw compile");
        edited.Summary.Checked.ShouldBe(1);
        edited.Summary.Unchanged.ShouldBe(3);
        edited.Compiled.ShouldBeTrue();
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM diagnostics WHERE article_id LIKE '%story-0001.html' AND rule_id = 'PC3001'")
            .ShouldBeGreaterThan(0, "story 12's anonymous source, now in story 1's file");
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM decisions").ShouldBe(1);
    }

    [TestMethod]
    public void A_folder_with_its_own_configuration_is_recorded_too_and_an_unchanged_run_compiles_neither_plan()
    {
        using var temp = new TempFolder();
        var site = temp.File("site");
        AuditFixtures.WriteFolder(site, 4);
        File.WriteAllText(Path.Combine(site, "2023", "01", ".provcheck.yaml"), "rules:\n  PC3001: error\n");
        var db = temp.File("a.db");

        var first = Audit(db, site);
        var unchanged = Audit(db, site);

        first.Compiled.ShouldBeTrue();
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM decisions").ShouldBe(2, "the input's plan and 2023/01's");
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM diagnostics WHERE rule_id = 'PC3001' AND severity = 'error'").ShouldBeGreaterThan(0);
        unchanged.Summary.Unchanged.ShouldBe(4);
        unchanged.Compiled.ShouldBeFalse();
    }

    [TestMethod]
    public void A_broken_folder_configuration_stops_the_audit_even_when_its_only_article_cannot_be_read()
    {
        using var temp = new TempFolder();
        var desk = temp.File("site", "desk");
        Directory.CreateDirectory(desk);
        File.WriteAllText(Path.Combine(desk, ".provcheck.yaml"), "rules:\n  PC9999: error\n");
        File.WriteAllText(Path.Combine(desk, "long.html"), AuditFixtures.Page(1) + new string(' ', 4000));

        // The page is over the size limit: an input error, recorded without checking anything.
        Action audit = () => Audit(temp.File("a.db"), temp.File("site"), maxArticleBytes: 2000);

        audit.ShouldThrow<Policies.PolicyException>().Message.ShouldContain("PC9999");
    }

    [TestMethod]
    public void A_store_without_a_record_of_the_plan_compiles_it_first_and_keeps_its_results()
    {
        using var temp = new TempFolder();
        var site = temp.File("site");
        AuditFixtures.WriteFolder(site, 3);
        var db = temp.File("a.db");
        Audit(db, site);
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE decisions"; // as in a store written before decisions were recorded
            drop.ExecuteNonQuery();
        }

        var again = Audit(db, site);
        var third = Audit(db, site);

        again.Compiled.ShouldBeTrue();
        again.Summary.Unchanged.ShouldBe(3);
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM decisions").ShouldBe(1, "recorded again once compiled");
        third.Compiled.ShouldBeFalse();
    }

    [TestMethod]
    public void Another_build_of_the_engine_re_checks_what_this_build_stored()
    {
        using var temp = new TempFolder();
        var site = temp.File("site");
        AuditFixtures.WriteFolder(site, 3);
        var db = temp.File("a.db");

        var first = Audit(db, site, "1.0.0+aaaa");
        var same = Audit(db, site, "1.0.0+aaaa");
        var next = Audit(db, site, "1.0.1+bbbb");

        first.Summary.Checked.ShouldBe(3);
        same.Summary.Unchanged.ShouldBe(3);
        next.Summary.Checked.ShouldBe(3, "a new build's rules may find other things in the same article");
        next.Compiled.ShouldBeTrue();
    }
}
