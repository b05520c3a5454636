using System.Diagnostics;
using System.Text.Json;
using ProvenanceCheck.Audit.Pipeline;
using ProvenanceCheck.Audit.Tests.Infrastructure;

namespace ProvenanceCheck.Audit.Tests.Reporting;

[TestClass]
public sealed class ReportTests
{
    private static TempFolder? s_temp;
    private static string s_db = "";
    private static long s_violations;

    [ClassInitialize]
    public static void BuildStore(TestContext context)
    {
        s_temp = new TempFolder();
        AuditFixtures.WriteFolder(s_temp.File("site"), 36);
        File.WriteAllText(s_temp.File("feed.jsonl"), "{not json\n" + """{"id":"cms-1","content":"<p>=HYPERLINK(\"x\") said an official, \"quoted\".</p>","author":"Ada Brennan"}""" + "\n");
        s_db = s_temp.File("audit.db");
        new AuditRunner(TestCheckers.Default, new AuditOptions { DatabasePath = s_db, Jobs = 2 }).Run([s_temp.File("site"), s_temp.File("feed.jsonl")], new AuditProgress());
        s_violations = StoreDump.Scalar(s_db, "SELECT COUNT(*) FROM diagnostics");
        s_violations.ShouldBeGreaterThan(50);
    }

    [ClassCleanup]
    public static void Cleanup() => s_temp?.Dispose();

    [TestMethod]
    public void Html_report_is_self_contained_with_charts_worst_articles_and_policy()
    {
        var html = s_temp!.File("report.html");
        var (exit, _, stderr) = CliProcess.Run(s_temp.Path, "report", "audit.db", "--html", html);
        exit.ShouldBe(0, stderr);

        var text = File.ReadAllText(html);
        text.ShouldNotContain("<script", Case.Insensitive);
        text.ShouldNotContain("<link", Case.Insensitive);
        text.ShouldNotContain("url(", Case.Insensitive);
        text.ShouldNotContain("src=", Case.Insensitive);
        text.ShouldNotContain("@import", Case.Insensitive);
        System.Text.RegularExpressions.Regex.Matches(text, "<svg class=\"chart\"").Count.ShouldBe(4);
        foreach (var heading in new[] { "Violations per rule", "Violations per month", "Violations per author", "Violations per section", "Worst articles", "Input errors", "Policy applied" })
        {
            text.ShouldContain(heading);
        }

        text.ShouldContain("<mark>A source close to the planning committee</mark>");
        text.ShouldContain("Priya Sandoval");
        text.ShouldContain("2023-12");
        text.ShouldContain("malformed JSON");
        text.ShouldContain("PC2001");
    }

    [TestMethod]
    public void Csv_json_and_sarif_carry_every_live_violation()
    {
        var (exit, _, stderr) = CliProcess.Run(s_temp!.Path, "report", "audit.db", "--csv", "r.csv", "--json", "r.json", "--sarif", "r.sarif");
        exit.ShouldBe(0, stderr);

        var rows = CsvRecords(File.ReadAllText(s_temp.File("r.csv")));
        rows.Count.ShouldBe((int)s_violations + 1);
        rows[0][0].ShouldBe("article_id");
        rows.Skip(1).ShouldAllBe(r => r.Count == 13);
        rows.ShouldContain(r => r[12].StartsWith("'=HYPERLINK", StringComparison.Ordinal), "a formula-looking cell is defused");

        using var json = JsonDocument.Parse(File.ReadAllText(s_temp.File("r.json")));
        json.RootElement.GetProperty("totals").GetProperty("violations").GetInt64().ShouldBe(s_violations);
        json.RootElement.GetProperty("totals").GetProperty("inputErrors").GetInt64().ShouldBe(1);
        json.RootElement.GetProperty("byRule").EnumerateArray().Sum(b => b.GetProperty("violations").GetInt64()).ShouldBe(s_violations);

        using var sarif = JsonDocument.Parse(File.ReadAllText(s_temp.File("r.sarif")));
        sarif.RootElement.GetProperty("version").GetString().ShouldBe("2.1.0");
        var run = sarif.RootElement.GetProperty("runs")[0];
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ShouldContain("PC3001");
        var results = run.GetProperty("results").EnumerateArray().ToList();
        results.Count.ShouldBe((int)s_violations);
        results.ShouldAllBe(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        results.Select(r => r.GetProperty("level").GetString()).Distinct().ShouldBeSubsetOf(["error", "warning", "note"]);
    }

    [TestMethod]
    public void Report_rendered_by_headless_chromium_shows_the_bar_charts()
    {
        const string chromium = "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            Assert.Inconclusive("chromium is not installed (.ci/run installs it)");
        }

        var html = s_temp!.File("shot.html");
        CliProcess.Run(s_temp.Path, "report", "audit.db", "--html", html).ExitCode.ShouldBe(0);
        var png = s_temp.File("shot.png");
        var info = new ProcessStartInfo(chromium) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1200,2400", $"--user-data-dir={s_temp.File("chrome-profile")}", $"--screenshot={png}", new Uri(html).AbsoluteUri })
        {
            info.ArgumentList.Add(arg);
        }

        using (var process = Process.Start(info)!)
        {
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("chromium did not finish");
            }
        }

        var image = PngPixels.Read(png);
        image.Width.ShouldBe(1200);
        var bar = 0;
        var colours = new HashSet<(byte, byte, byte)>();
        for (var y = 0; y < image.Height; y += 2)
        {
            for (var x = 0; x < image.Width; x += 2)
            {
                var (r, g, b) = image[x, y];
                colours.Add((r, g, b));
                if (Math.Abs(r - 0xd9) < 12 && Math.Abs(g - 0x48) < 12 && Math.Abs(b - 0x0f) < 12)
                {
                    bar++;
                }
            }
        }

        colours.Count.ShouldBeGreaterThan(20, "the page rendered text and charts, not a blank screen");
        bar.ShouldBeGreaterThan(3000, "the SVG bars are drawn in the chart colour");
        FirstBarRowInUpperHalf(image).ShouldBeTrue("the first chart sits near the top");
    }

    private static bool FirstBarRowInUpperHalf(PngPixels image)
    {
        for (var y = 0; y < image.Height / 2; y++)
        {
            var (r, g, b) = image[image.Width / 2 - 250, y];
            if (Math.Abs(r - 0xd9) < 12 && Math.Abs(g - 0x48) < 12 && Math.Abs(b - 0x0f) < 12)
            {
                return true;
            }
        }

        return false;
    }

    private static List<List<string>> CsvRecords(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                record.Add(cell.ToString());
                cell.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        return records;
    }
}
