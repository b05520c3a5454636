using ProvenanceCheck.Audit.Pipeline;
using ProvenanceCheck.Audit.Reporting;
using ProvenanceCheck.Audit.Store;
using ProvenanceCheck.Audit.Tests.Infrastructure;

namespace ProvenanceCheck.Audit.Tests.Store;

[TestClass]
public sealed class MergeTests
{
    [TestMethod]
    public void Merging_the_same_shard_twice_changes_nothing()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.File("site"), 16);
        var shards = Enumerable.Range(0, 2).Select(k => temp.File($"s{k}.db")).ToList();
        for (var k = 0; k < 2; k++)
        {
            new AuditRunner(TestCheckers.Default, new AuditOptions { DatabasePath = shards[k], Jobs = 1, Shard = new ShardSpec(k, 2) })
                .Run([temp.File("site")], new AuditProgress());
        }

        var merged = temp.File("all.db");
        StoreMerger.Merge(shards, merged).ShouldBe(16);
        var articles = StoreDump.Articles(merged);
        var diagnostics = StoreDump.Diagnostics(merged);
        var runs = StoreDump.Scalar(merged, "SELECT COUNT(*) FROM runs");
        runs.ShouldBe(2);
        StoreDump.Scalar(merged, "SELECT COUNT(*) FROM decisions").ShouldBe(1, "both shards compiled the same plan, and the merged store can vouch for it");
        var checkedTotal = StoreDump.Scalar(merged, "SELECT SUM(checked) FROM runs");

        StoreMerger.Merge([shards[0]], merged).ShouldBe(16);
        StoreMerger.Merge(shards, merged).ShouldBe(16);

        StoreDump.Articles(merged).ShouldBe(articles);
        StoreDump.Diagnostics(merged).ShouldBe(diagnostics);
        StoreDump.Scalar(merged, "SELECT COUNT(*) FROM runs").ShouldBe(runs, "runs are not added again");
        StoreDump.Scalar(merged, "SELECT SUM(checked) FROM runs").ShouldBe(checkedTotal);
        StoreDump.Scalar(merged, "SELECT COUNT(*) FROM articles WHERE run_id NOT IN (SELECT id FROM runs)").ShouldBe(0);
    }

    [TestMethod]
    public void Shards_checked_with_different_policies_are_reported_as_such_not_as_one_policy()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.File("site"), 16);
        var shards = Enumerable.Range(0, 2).Select(k => temp.File($"s{k}.db")).ToList();
        var checkers = new[] { TestCheckers.Default, TestCheckers.Create(TestCheckers.MillRule) };
        for (var k = 0; k < 2; k++)
        {
            new AuditRunner(checkers[k], new AuditOptions { DatabasePath = shards[k], Jobs = 1, Shard = new ShardSpec(k, 2) })
                .Run([temp.File("site")], new AuditProgress());
        }

        var merged = temp.File("all.db");
        StoreMerger.Merge(shards, merged);
        using var store = AuditStore.Open(merged, mustExist: true);
        var report = AuditReportLoader.Load(store);
        using var single = AuditStore.Open(shards[0], mustExist: true);

        report.PoliciesUsed.Select(p => p.Hash).ShouldBe(
            [checkers[0].Policies.Hash, checkers[1].Policies.Hash], ignoreOrder: true);
        report.PoliciesUsed.Sum(p => p.Articles).ShouldBe(16);
        report.PoliciesUsed.Single(p => p.Hash == checkers[1].Policies.Hash).Files.ShouldContain("extra-0.yaml");
        var html = new StringWriter();
        HtmlAuditReportWriter.Write(html, report);
        html.ToString().ShouldContain("not all checked with one policy set (2 sets)");
        AuditReportLoader.PoliciesUsed(single).ShouldHaveSingleItem().Articles.ShouldBe(StoreDump.Scalar(shards[0], "SELECT COUNT(*) FROM articles"));
    }
}
