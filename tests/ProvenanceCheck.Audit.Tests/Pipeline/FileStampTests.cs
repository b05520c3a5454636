using Microsoft.Data.Sqlite;
using ProvenanceCheck.Audit.Pipeline;
using ProvenanceCheck.Audit.Sources;
using ProvenanceCheck.Audit.Store;
using ProvenanceCheck.Audit.Tests.Infrastructure;

namespace ProvenanceCheck.Audit.Tests.Pipeline;

/// <summary>
/// The per-article file stamp (length and last-write time, as git's index keeps): an unchanged re-run reads no
/// file, a touched file is re-hashed once and gets its new stamp, a racy stamp is never trusted.
/// </summary>
[TestClass]
public sealed class FileStampTests
{
    private const int Pages = 8;

    private static (AuditSummary Summary, AuditProgress Progress) Audit(string db, string site, long maxBytes = 1024 * 1024)
    {
        var progress = new AuditProgress();
        var summary = new AuditRunner(TestCheckers.Default, new AuditOptions
        {
            DatabasePath = db,
            Jobs = 2,
            BatchSize = 3,
            Sources = new SourceOptions { MaxArticleBytes = maxBytes },
        }).Run([site], progress);
        return (summary, progress);
    }

    // Files last written an hour ago: their stamps are not racy against an audit now.
    private static string WriteSettledFolder(TempFolder temp)
    {
        var site = temp.File("site");
        AuditFixtures.WriteFolder(site, Pages);
        foreach (var file in Directory.GetFiles(site, "*.html", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }

        return site;
    }

    private static string Story(string site, int i) => Directory.GetFiles(site, $"story-{i:0000}.html", SearchOption.AllDirectories).Single();

    private static string Id(int i) => $"site/2023/{i % 12 + 1:00}/story-{i:0000}.html";

    // Same length, same last-write time: only the bytes say the file changed.
    private static void RewriteKeepingStamp(string path)
    {
        var stamp = FileStamp.Of(path);
        var text = File.ReadAllText(path);
        var changed = text.Replace("old mill site", "old mill yard", StringComparison.Ordinal);
        changed.ShouldNotBe(text);
        File.WriteAllText(path, changed);
        File.SetLastWriteTimeUtc(path, new DateTime(stamp.LastWriteTicks, DateTimeKind.Utc));
        FileStamp.Of(path).ShouldBe(stamp);
    }

    private static void Execute(string db, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [TestMethod]
    public void Plain_files_come_from_the_source_unread_and_archive_entries_with_their_bytes()
    {
        using var temp = new TempFolder();
        var site = WriteSettledFolder(temp);
        AuditFixtures.WriteZip(temp.File("site", "old.zip"), [("a.html", "<p>The council met.</p>"u8.ToArray())]);

        var items = SourceKinds.Open(site).Read(SourceOptions.Default, CancellationToken.None).ToList();

        items.Where(i => !i.Id.Contains('!', StringComparison.Ordinal)).ShouldAllBe(i => i.Content == null && i.File != null);
        items.Single(i => i.Id.Contains('!', StringComparison.Ordinal)).Content.ShouldNotBeNull();
    }

    [TestMethod]
    public void An_unchanged_rerun_reads_no_file()
    {
        using var temp = new TempFolder();
        var site = WriteSettledFolder(temp);
        var db = temp.File("audit.db");

        var (first, firstProgress) = Audit(db, site);
        first.Checked.ShouldBe(Pages);
        firstProgress.FilesRead.ShouldBe(Pages);
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM articles WHERE file_length IS NOT NULL AND file_mtime IS NOT NULL AND stamped_at IS NOT NULL").ShouldBe(Pages);

        var (second, secondProgress) = Audit(db, site);
        second.Unchanged.ShouldBe(Pages);
        second.Checked.ShouldBe(0);
        secondProgress.FilesRead.ShouldBe(0);

        // Had the bytes been read, this change would be found: the stamp alone decided.
        RewriteKeepingStamp(Story(site, 3));
        var (third, thirdProgress) = Audit(db, site);
        third.Unchanged.ShouldBe(Pages, "a settled stamp is trusted as git trusts its index");
        thirdProgress.FilesRead.ShouldBe(0);
    }

    [TestMethod]
    public void A_racy_stamp_is_not_trusted_and_the_file_is_read_again()
    {
        using var temp = new TempFolder();
        var site = WriteSettledFolder(temp);
        var db = temp.File("audit.db");
        Audit(db, site);
        var hashBefore = StoreDump.Text(db, $"SELECT content_hash FROM articles WHERE id = '{Id(3)}'");

        // As if story 3 had been read within a second of its last write: a write just after could keep the same time.
        Execute(db, $"UPDATE articles SET stamped_at = file_mtime + {TimeSpan.TicksPerSecond} WHERE id = '{Id(3)}'");
        RewriteKeepingStamp(Story(site, 3));
        RewriteKeepingStamp(Story(site, 6));

        var (summary, progress) = Audit(db, site);

        progress.FilesRead.ShouldBe(1, "only the racy one is read");
        summary.Checked.ShouldBe(1);
        summary.Unchanged.ShouldBe(Pages - 1, "story 6's settled stamp still vouches for it");
        StoreDump.Text(db, $"SELECT content_hash FROM articles WHERE id = '{Id(3)}'").ShouldNotBe(hashBefore);
    }

    [TestMethod]
    public void A_touched_file_is_unchanged_and_gets_its_new_stamp_without_its_findings_rewritten()
    {
        using var temp = new TempFolder();
        var site = WriteSettledFolder(temp);
        var db = temp.File("audit.db");
        Audit(db, site);
        var diagnostics = StoreDump.Diagnostics(db);
        var runOfStory = StoreDump.Scalar(db, $"SELECT run_id FROM articles WHERE id = '{Id(4)}'");
        var touched = DateTime.UtcNow.AddMinutes(-30);
        File.SetLastWriteTimeUtc(Story(site, 4), touched);

        var (second, secondProgress) = Audit(db, site);

        second.Unchanged.ShouldBe(Pages);
        second.Checked.ShouldBe(0);
        secondProgress.FilesRead.ShouldBe(1);
        secondProgress.Stored.ShouldBe(0, "no article is written again");
        StoreDump.Scalar(db, $"SELECT file_mtime FROM articles WHERE id = '{Id(4)}'").ShouldBe(touched.Ticks);
        StoreDump.Scalar(db, $"SELECT run_id FROM articles WHERE id = '{Id(4)}'").ShouldBe(runOfStory);
        StoreDump.Diagnostics(db).ShouldBe(diagnostics);

        var (_, thirdProgress) = Audit(db, site);
        thirdProgress.FilesRead.ShouldBe(0, "the refreshed stamp vouches for the file");
    }

    [TestMethod]
    public void A_changed_file_is_read_and_checked_again()
    {
        using var temp = new TempFolder();
        var site = WriteSettledFolder(temp);
        var db = temp.File("audit.db");
        Audit(db, site);

        var story = Story(site, 5);
        File.WriteAllText(story, AuditFixtures.Page(5).Replace("</article>", "<p>The plan was allegedly drawn up in secret.</p></article>", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(story, DateTime.UtcNow.AddMinutes(-10));
        var (summary, progress) = Audit(db, site);

        progress.FilesRead.ShouldBe(1);
        summary.Checked.ShouldBe(1);
        summary.Unchanged.ShouldBe(Pages - 1);
        StoreDump.Scalar(db, $"SELECT COUNT(*) FROM diagnostics WHERE article_id = '{Id(5)}' AND text LIKE '%allegedly%'").ShouldBe(1);
        StoreDump.Scalar(db, $"SELECT file_length FROM articles WHERE id = '{Id(5)}'").ShouldBe(new FileInfo(story).Length);
    }

    [TestMethod]
    public void A_file_over_a_lowered_size_limit_is_an_input_error_whatever_its_stamp()
    {
        using var temp = new TempFolder();
        var site = WriteSettledFolder(temp);
        var db = temp.File("audit.db");
        Audit(db, site);

        var (summary, _) = Audit(db, site, maxBytes: 100);

        summary.Errors.ShouldBe(Pages);
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM articles WHERE error LIKE '%over the 100-byte limit%'").ShouldBe(Pages);
    }

    [TestMethod]
    public void A_store_from_before_stamps_opens_and_its_articles_get_stamps_without_being_checked_again()
    {
        using var temp = new TempFolder();
        var site = WriteSettledFolder(temp);
        var db = temp.File("audit.db");
        Audit(db, site);
        Execute(db, "ALTER TABLE articles DROP COLUMN file_length; ALTER TABLE articles DROP COLUMN file_mtime; ALTER TABLE articles DROP COLUMN stamped_at;");
        var diagnostics = StoreDump.Diagnostics(db);

        var (second, secondProgress) = Audit(db, site);

        second.Unchanged.ShouldBe(Pages, "content hashes still match");
        secondProgress.FilesRead.ShouldBe(Pages);
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM articles WHERE file_mtime IS NOT NULL").ShouldBe(Pages);
        StoreDump.Diagnostics(db).ShouldBe(diagnostics);
        Audit(db, site).Progress.FilesRead.ShouldBe(0);
    }

    [TestMethod]
    public void Merged_shards_keep_their_stamps()
    {
        using var temp = new TempFolder();
        var site = WriteSettledFolder(temp);
        var shards = Enumerable.Range(0, 2).Select(k => temp.File($"s{k}.db")).ToList();
        for (var k = 0; k < 2; k++)
        {
            new AuditRunner(TestCheckers.Default, new AuditOptions { DatabasePath = shards[k], Jobs = 1, Shard = new ShardSpec(k, 2) })
                .Run([site], new AuditProgress());
        }

        var merged = temp.File("all.db");
        StoreMerger.Merge(shards, merged);

        StoreDump.Scalar(merged, "SELECT COUNT(*) FROM articles WHERE file_mtime IS NOT NULL AND stamped_at IS NOT NULL").ShouldBe(Pages);
        Audit(merged, site).Progress.FilesRead.ShouldBe(0, "a run over the merged store trusts the shards' stamps");
    }

    [TestMethod]
    public void A_stamp_vouches_only_for_a_last_write_safely_before_the_read()
    {
        var readAt = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

        new FileStamp(10, readAt.AddSeconds(-3).Ticks).IsSafeAgainst(readAt).ShouldBeTrue();
        new FileStamp(10, readAt.AddSeconds(-2).Ticks).IsSafeAgainst(readAt).ShouldBeFalse("within the margin");
        new FileStamp(10, readAt.Ticks).IsSafeAgainst(readAt).ShouldBeFalse("written the moment it was read");
        new FileStamp(10, readAt.AddHours(1).Ticks).IsSafeAgainst(readAt).ShouldBeFalse("a last write in the future is never trusted");
    }
}
