using System.Text;
using ProvenanceCheck.Audit.Baseline;
using ProvenanceCheck.Audit.Pipeline;
using ProvenanceCheck.Audit.Reporting;
using ProvenanceCheck.Audit.Store;
using ProvenanceCheck.Audit.Tests.Infrastructure;
using ProvenanceCheck.Baselines;
using ProvenanceCheck.Checking;

namespace ProvenanceCheck.Audit.Tests.Pipeline;

[TestClass]
public sealed class AuditRunnerTests
{
    private static AuditSummary Audit(string db, IReadOnlyList<string> inputs, ArticleChecker? checker = null, ShardSpec? shard = null, IReadOnlyList<BaselineEntry>? baseline = null, int jobs = 2) =>
        new AuditRunner(checker ?? TestCheckers.Default, new AuditOptions
        {
            DatabasePath = db,
            Jobs = jobs,
            Shard = shard,
            Baseline = baseline,
            BatchSize = 7,
        }).Run(inputs, new AuditProgress());

    [TestMethod]
    public void Every_input_kind_lands_in_one_store_with_ids_metadata_and_input_errors()
    {
        using var temp = new TempFolder();
        var folder = temp.File("site");
        AuditFixtures.WriteFolder(folder, 5);
        File.WriteAllText(temp.File("site", "bad.html"), "   ");
        AuditFixtures.WriteZip(temp.File("old.zip"), [("x/a.html", Encoding.UTF8.GetBytes(AuditFixtures.Page(7)))]);
        File.WriteAllBytes(temp.File("crawl.warc.gz"), AuditFixtures.GzipMembers(
            [AuditFixtures.WarcRecord("response", "https://news.example/w", "2021-07-09T12:00:00Z", AuditFixtures.HttpResponse("text/html", AuditFixtures.Page(8, withMetadata: false)), "application/http")]));
        File.WriteAllText(temp.File("export.xml"), AuditFixtures.Wxr([AuditFixtures.WxrItem(5, "post", "Flood", "Priya Sandoval", "2020-11-02 06:00:00", AuditFixtures.Body(4), "Weather")]));
        File.WriteAllText(temp.File("feed.jsonl"), """{"id":"cms-9","content":"<p>The council met on Monday.</p>","author":"Ada Brennan","published":"2019-04-01","section":"Politics"}""" + "\n{broken\n");
        var db = temp.File("audit.db");

        var summary = Audit(db, [folder, temp.File("old.zip"), temp.File("crawl.warc.gz"), temp.File("export.xml"), temp.File("feed.jsonl")]);

        summary.Checked.ShouldBe(9);
        summary.Errors.ShouldBe(2);
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM articles").ShouldBe(11);
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM articles WHERE error LIKE '%file is empty%'").ShouldBe(1);
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM articles WHERE error LIKE '%malformed JSON%'").ShouldBe(1);
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM articles WHERE id = 'https://news.example/w@2021-07-09T12:00:00Z' AND month = '2021-07' AND url = 'https://news.example/w'").ShouldBe(1, "a WARC page without a date is charted by crawl month");
        StoreDump.Scalar(db, $"SELECT COUNT(*) FROM articles WHERE id = 'export.xml#post-5' AND author = 'Priya Sandoval' AND month = '2020-11' AND section = 'Weather'").ShouldBe(1);
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM articles WHERE id = 'cms-9' AND author = 'Ada Brennan' AND published = '2019-04-01' AND section = 'Politics'").ShouldBe(1);
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM diagnostics WHERE article_id = 'cms-9' AND rule_id IN ('PC4001', 'PC4002')").ShouldBe(0, "archive metadata counts as the byline and date");
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM diagnostics WHERE article_id = 'https://news.example/w@2021-07-09T12:00:00Z' AND rule_id = 'PC4001'").ShouldBe(1, "a page with no byline anywhere is flagged");
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM diagnostics WHERE rule_id = 'PC3001'").ShouldBeGreaterThan(0);
    }

    [TestMethod]
    public void Archives_inside_a_folder_are_audited_and_a_truncated_one_is_an_input_error_not_the_end()
    {
        using var temp = new TempFolder();
        var site = temp.File("site");
        AuditFixtures.WriteFolder(site, 2);
        AuditFixtures.WriteZip(temp.File("site", "a-old.zip"), [("p.html", Encoding.UTF8.GetBytes(AuditFixtures.Page(5)))]);
        var warc = AuditFixtures.GzipMembers(
        [
            AuditFixtures.WarcRecord("response", "https://news.example/1", "2021-01-01T00:00:00Z", AuditFixtures.HttpResponse("text/html", AuditFixtures.Page(6)), "application/http"),
            AuditFixtures.WarcRecord("response", "https://news.example/2", "2021-01-02T00:00:00Z", AuditFixtures.HttpResponse("text/html", AuditFixtures.Page(7)), "application/http"),
        ]);
        File.WriteAllBytes(temp.File("site", "b-crawl.warc.gz"), warc[..(warc.Length - 40)]);
        File.WriteAllText(temp.File("site", "c-after.html"), AuditFixtures.Page(9));
        var db = temp.File("audit.db");

        var summary = Audit(db, [site]);

        summary.Checked.ShouldBe(5, "two pages, one zip entry, the first WARC record, and the page after the broken archive");
        summary.Errors.ShouldBe(1);
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM articles WHERE id LIKE '%a-old.zip!/p.html'").ShouldBe(1);
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM articles WHERE id = 'site/c-after.html' AND error IS NULL").ShouldBe(1);
        StoreDump.Text(db, "SELECT id || ': ' || error FROM articles WHERE error IS NOT NULL").ShouldStartWith("site/b-crawl.warc.gz: source could not be read to the end");
    }

    [TestMethod]
    public void A_folder_named_twice_is_audited_once()
    {
        using var temp = new TempFolder();
        var site = temp.File("site");
        AuditFixtures.WriteFolder(site, 3);
        var db = temp.File("audit.db");

        var summary = Audit(db, [site, site + Path.DirectorySeparatorChar, Path.Combine(temp.Path, ".", "site")]);

        summary.Checked.ShouldBe(3);
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM articles").ShouldBe(3);
    }

    [TestMethod]
    public void An_id_used_twice_keeps_the_first_article_and_records_the_second_as_an_input_error()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("feed.jsonl"), string.Join('\n',
            """{"id":"cms-1","content":"<p>The mayor reportedly resigned.</p>"}""",
            """{"id":"cms-1","content":"<p>A source said 12 people were hurt.</p>"}""",
            """{"id":"cms-2","content":"<p>Officials said the bridge would reopen.</p>"}""",
            """{"id":"cms-1","content":"<p>A third story under the same id.</p>"}"""));
        var db = temp.File("audit.db");
        File.WriteAllText(temp.File("audit.db-ids-2147483600"), "left by a run killed with -9");

        var first = Audit(db, [temp.File("feed.jsonl")]);
        var again = Audit(db, [temp.File("feed.jsonl")]);

        // The second article used to replace the first in the store while the summary counted both,
        // and every re-run checked one of them again.
        first.Checked.ShouldBe(2);
        first.Errors.ShouldBe(2);
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM articles").ShouldBe(4);
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM diagnostics WHERE article_id = 'cms-1' AND rule_id = 'PC3002'").ShouldBe(1, "the first cms-1, with its 'reportedly', is the one kept");
        StoreDump.Text(db, "SELECT group_concat(id, ' ') FROM (SELECT id FROM articles WHERE error LIKE 'the id ''cms-1'' was already used%' ORDER BY id)").ShouldBe("cms-1~2 cms-1~3");
        again.Checked.ShouldBe(0);
        again.Unchanged.ShouldBe(2);
        again.Errors.ShouldBe(2);
        Directory.GetFiles(temp.Path, "audit.db-ids-*").ShouldBeEmpty("the ids file of each run is removed, and so is a dead run's");
    }

    [TestMethod]
    public void Rows_with_an_empty_id_are_named_by_their_line_not_counted_as_repeats()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("drafts.jsonl"), string.Join('\n',
            """{"id":"","content":"<p>The mayor reportedly resigned.</p>"}""",
            """{"id":" ","content":"<p>A source said 12 people were hurt.</p>"}"""));
        var db = temp.File("audit.db");

        var summary = Audit(db, [temp.File("drafts.jsonl")]);

        summary.Checked.ShouldBe(2);
        summary.Errors.ShouldBe(0);
        StoreDump.Text(db, "SELECT group_concat(id, ' ') FROM (SELECT id FROM articles ORDER BY id)").ShouldBe("drafts.jsonl#L1 drafts.jsonl#L2");
    }

    [TestMethod]
    public void Diagnostics_point_at_the_flagged_text_in_the_original_file()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.Path, 4);
        var db = temp.File("audit.db");

        Audit(db, [temp.Path]);

        var file = Directory.GetFiles(temp.Path, "story-0003.html", SearchOption.AllDirectories).Single();
        var text = File.ReadAllText(file);
        using var store = AuditStore.Open(db);
        var row = StoredDiagnosticRow.All(store).First(r => r.Finding.RuleId == "PC3001" && r.ArticleId.EndsWith("story-0003.html", StringComparison.Ordinal));
        var start = StoreDump.Scalar(db, $"SELECT start FROM diagnostics WHERE article_id = '{row.ArticleId}' AND rule_id = 'PC3001'");
        var length = StoreDump.Scalar(db, $"SELECT length FROM diagnostics WHERE article_id = '{row.ArticleId}' AND rule_id = 'PC3001'");
        text.Substring((int)start, (int)length).ShouldBe(row.Finding.Text);
        text.Split('\n')[row.Finding.Line - 1][(row.Finding.Column - 1)..].ShouldStartWith(row.Finding.Text);
    }

    [TestMethod]
    public void A_rerun_skips_unchanged_articles_and_rechecks_changed_content_or_policy()
    {
        using var temp = new TempFolder();
        var site = temp.File("site");
        AuditFixtures.WriteFolder(site, 12);
        var db = temp.File("audit.db");
        var first = Audit(db, [site]);
        var before = StoreDump.Diagnostics(db);

        var second = Audit(db, [site]);
        second.Checked.ShouldBe(0);
        second.Unchanged.ShouldBe(12);
        StoreDump.Diagnostics(db).ShouldBe(before);

        var changed = Directory.GetFiles(site, "story-0005.html", SearchOption.AllDirectories).Single();
        File.WriteAllText(changed, AuditFixtures.Page(5).Replace("</article>", "<p>Officials reportedly disagreed about the cost.</p></article>", StringComparison.Ordinal));
        var third = Audit(db, [site]);
        third.Checked.ShouldBe(1);
        third.Unchanged.ShouldBe(11);

        var fourth = Audit(db, [site], TestCheckers.Create(TestCheckers.MillRule));
        fourth.Checked.ShouldBe(12, "a new policy hash rechecks everything");
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM diagnostics WHERE rule_id = 'TEST001'").ShouldBe(12);
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM articles").ShouldBe(12);
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM runs WHERE finished IS NOT NULL").ShouldBe(4);
        first.Checked.ShouldBe(12);
    }

    [TestMethod]
    public void Four_shards_merged_equal_one_unsharded_run()
    {
        using var temp = new TempFolder();
        var site = temp.File("site");
        AuditFixtures.WriteFolder(site, 40);
        File.WriteAllText(temp.File("feed.jsonl"), string.Join("\n", Enumerable.Range(0, 10).Select(i => $$"""{"id":"j{{i}}","content":"<p>A source said {{i}} people were hurt.</p>","author":"Tomas Quill"}""")));
        string[] inputs = [site, temp.File("feed.jsonl")];
        var whole = temp.File("whole.db");
        Audit(whole, inputs);

        var shards = Enumerable.Range(0, 4).Select(k => temp.File($"shard-{k}.db")).ToList();
        for (var k = 0; k < 4; k++)
        {
            Audit(shards[k], inputs, shard: new ShardSpec(k, 4), jobs: 1);
        }

        shards.Select(s => StoreDump.Scalar(s, "SELECT COUNT(*) FROM articles")).ShouldAllBe(n => n > 0 && n < 50, "each shard takes a part");
        shards.Sum(s => StoreDump.Scalar(s, "SELECT COUNT(*) FROM articles")).ShouldBe(50);
        var merged = temp.File("all.db");
        StoreMerger.Merge(shards, merged).ShouldBe(50);

        StoreDump.Articles(merged).ShouldBe(StoreDump.Articles(whole));
        StoreDump.Diagnostics(merged).ShouldBe(StoreDump.Diagnostics(whole));
        StoreDump.Scalar(merged, "SELECT COUNT(*) FROM runs").ShouldBe(4);
    }

    [TestMethod]
    public void Shard_assignment_is_deterministic_and_roughly_even()
    {
        var ids = Enumerable.Range(0, 4000).Select(i => $"archive/{i}.html").ToList();
        var counts = ids.GroupBy(id => ShardSpec.Of(id, 4)).ToDictionary(g => g.Key, g => g.Count());
        counts.Keys.Order().ShouldBe([0, 1, 2, 3]);
        counts.Values.ShouldAllBe(n => n > 850 && n < 1150);
        ids.Select(id => ShardSpec.Of(id, 4)).ShouldBe(ids.Select(id => ShardSpec.Of(id, 4)));
        Should.Throw<FormatException>(() => ShardSpec.Parse("4/4"));
        ShardSpec.Parse("3/4").ShouldBe(new ShardSpec(3, 4));
    }

    [TestMethod]
    public void Baselined_findings_are_stored_but_not_reported_and_new_ones_are()
    {
        using var temp = new TempFolder();
        var site = temp.File("site");
        AuditFixtures.WriteFolder(site, 6);
        var db = temp.File("audit.db");
        Audit(db, [site]);
        var baselineFile = temp.File("baseline.json");
        using (var store = AuditStore.Open(db))
        using (var file = File.Create(baselineFile))
        {
            AuditBaseline.Write(file, store);
        }

        var total = StoreDump.Scalar(db, "SELECT COUNT(*) FROM diagnostics");
        Audit(db, [site], baseline: AuditBaseline.Load(baselineFile));
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM diagnostics WHERE baselined = 1").ShouldBe(total);

        var story = Directory.GetFiles(site, "story-0001.html", SearchOption.AllDirectories).Single();
        File.WriteAllText(story, AuditFixtures.Page(1).Replace("<p>The town council", "<p>The project was allegedly abandoned.</p>\n<p>The town council", StringComparison.Ordinal));
        Audit(db, [site], baseline: AuditBaseline.Load(baselineFile));

        using var reopened = AuditStore.Open(db);
        var report = AuditReportLoader.Load(reopened);
        report.Totals.Violations.ShouldBe(1, "only the finding added after the baseline is live");
        report.ByRule.ShouldHaveSingleItem().Label.ShouldBe("PC3002");
        report.Totals.Baselined.ShouldBe(total, "moving the old text down the file does not revive its findings");
    }
}
