using ProvenanceCheck.Audit.Tests.Infrastructure;

namespace ProvenanceCheck.Audit.Tests.Cli;

[TestClass]
public sealed class KillAndResumeTests
{
    [TestMethod]
    public void Killed_mid_run_the_next_run_of_the_same_command_finishes_with_no_article_lost_or_counted_twice()
    {
        using var temp = new TempFolder();
        const int total = 400;
        AuditFixtures.WriteFolder(temp.File("site"), total);
        var db = temp.File("audit.db");
        string[] command = ["audit", "site", "--db", "audit.db", "--jobs", "2", "--quiet"];

        using (var process = CliProcess.Start(temp.Path, command))
        {
            var stored = WaitForStoredArticles(db, atLeast: 25, process);
            process.Kill(entireProcessTree: true); // SIGKILL: no chance to flush or clean up
            process.WaitForExit();
            if (stored >= total)
            {
                Assert.Inconclusive("the audit finished before it could be killed");
            }
        }

        var atKill = StoreDump.Scalar(db, "SELECT COUNT(*) FROM articles");
        atKill.ShouldBeLessThan(total);
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM runs WHERE finished IS NULL").ShouldBe(1);

        var (exit, stdout, stderr) = CliProcess.Run(temp.Path, [.. command[..^1]]);
        exit.ShouldBe(1, "the archive has warnings: " + stderr);
        stdout.ShouldContain($"audited {total} articles");
        stdout.ShouldContain($"{atKill} unchanged", customMessage: "articles committed before the kill are not checked again");

        StoreDump.Text(db, "PRAGMA integrity_check").ShouldBe("ok");
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM articles").ShouldBe(total);
        StoreDump.Scalar(db, "SELECT COUNT(*) FROM articles WHERE diagnostics <> (SELECT COUNT(*) FROM diagnostics d WHERE d.article_id = articles.id)").ShouldBe(0);

        // The same command on an untouched copy, never killed, gives the same store.
        using var clean = new TempFolder();
        AuditFixtures.WriteFolder(clean.File("site"), total);
        CliProcess.Run(clean.Path, [.. command[..^1]]).ExitCode.ShouldBe(1);
        StoreDump.Articles(db).ShouldBe(StoreDump.Articles(clean.File("audit.db")));
        StoreDump.Diagnostics(db).ShouldBe(StoreDump.Diagnostics(clean.File("audit.db")));
    }

    private static long WaitForStoredArticles(string db, int atLeast, System.Diagnostics.Process process)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if (File.Exists(db) && StoreDump.Scalar(db, "SELECT COUNT(*) FROM articles") is var n && n >= atLeast)
                {
                    return n;
                }
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                // The schema is not created yet.
            }

            Thread.Sleep(20);
        }

        return process.HasExited ? long.MaxValue : 0;
    }
}
