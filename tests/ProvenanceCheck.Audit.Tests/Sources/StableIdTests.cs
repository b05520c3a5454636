using System.Text;
using ProvenanceCheck.Audit.Sources;
using ProvenanceCheck.Audit.Tests.Infrastructure;

namespace ProvenanceCheck.Audit.Tests.Sources;

[TestClass]
public sealed class StableIdTests
{
    private static List<string> Ids(string path) =>
        [.. SourceKinds.Open(path).Read(SourceOptions.Default, CancellationToken.None).Select(i => i.Id)];

    [TestMethod]
    public void Folder_and_zip_ids_do_not_depend_on_how_the_input_path_is_spelled()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.File("site"), 3);
        AuditFixtures.WriteZip(temp.File("site", "old.zip"), [("x/a.html", Encoding.UTF8.GetBytes(AuditFixtures.Page(7)))]);
        AuditFixtures.WriteZip(temp.File("loose.zip"), [("b.html", Encoding.UTF8.GetBytes(AuditFixtures.Page(8)))]);
        Directory.CreateDirectory(temp.File("other"));

        var plain = Ids(temp.File("site"));
        plain.ShouldBe(["site/2023/01/story-0000.html", "site/2023/02/story-0001.html", "site/2023/03/story-0002.html", "site/old.zip!/x/a.html"]);
        Ids(temp.File("site") + "/").ShouldBe(plain);
        Ids(Path.Combine(temp.Path, ".", "site")).ShouldBe(plain);
        Ids(Path.Combine(temp.Path, "other", "..", "site")).ShouldBe(plain);

        Ids(temp.File("loose.zip")).ShouldBe(["loose.zip!/b.html"]);
        Ids(Path.Combine(temp.Path, "other", "..", "loose.zip")).ShouldBe(["loose.zip!/b.html"]);
        Ids(temp.File("site", "2023", "01", "story-0000.html")).ShouldBe(["story-0000.html"]);
    }

    [TestMethod]
    public void Three_spellings_of_one_folder_fill_one_set_of_articles_and_the_later_runs_check_nothing()
    {
        using var temp = new TempFolder();
        AuditFixtures.WriteFolder(temp.File("site"), 6);

        var first = CliProcess.Run(temp.Path, "audit", "site", "--db", "a.db", "--quiet");
        first.ExitCode.ShouldBeOneOf(0, 1);
        var ids = StoreDump.Articles(temp.File("a.db")).Select(l => l.Split(" | ")[0]).ToList();
        ids.Count.ShouldBe(6);

        foreach (var spelling in new[] { "./site", temp.File("site"), "site/" })
        {
            var again = CliProcess.Run(temp.Path, "audit", spelling, "--db", "a.db");
            again.Stdout.ShouldContain("0 checked, 6 unchanged", customMessage: spelling + "\n" + again.Stderr);
        }

        StoreDump.Articles(temp.File("a.db")).Select(l => l.Split(" | ")[0]).ShouldBe(ids);
    }
}
