using System.Net;
using System.Net.Sockets;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Cli;

/// <summary>Bad input gets one clear line on stderr and exit code 2: never a stack trace, a hang or partial output.</summary>
[TestClass]
public sealed class BadInputTests
{
    private static void ShouldFailCleanly(ProvcheckProcess.Result result, string expected)
    {
        result.ExitCode.ShouldBe(2);
        result.Stdout.ShouldBeEmpty();
        result.Stderr.TrimEnd().Split('\n').Length.ShouldBe(1, result.Stderr);
        result.Stderr.ShouldContain(expected);
        result.Stderr.ShouldNotContain("   at ");
    }

    [TestMethod]
    [DataRow("check samples/harbour-fire.html --format xml", "'xml' not recognized. Must be one of: 'text', 'json'")]
    [DataRow("check samples/harbour-fire.html --fail-on bogus", "'bogus' not recognized")]
    [DataRow("chek samples/harbour-fire.html", "Unrecognized command or argument 'chek'")]
    [DataRow("check samples/harbour-fire.html --max-file-size 0", "--max-file-size must be at least 1 (MB), not 0")]
    [DataRow("check samples/harbour-fire.html --max-file-size 32MB", "Cannot parse argument '32MB' for option '--max-file-size'")]
    [DataRow("check samples/harbour-fire.html --max-findings -1", "--max-findings must be 0 (no limit) or more, not -1")]
    [DataRow("check samples/harbour-fire.html --max-file-size 99999999999", "Cannot parse argument '99999999999'")]
    [DataRow("check samples/harbour-fire.html --baseline samples", "samples: is a folder, not a baseline file")]
    [DataRow("check samples/harbour-fire.html --config samples", "samples:1:1: error: is a folder; name the .provcheck.yaml in it")]
    // Devices and pipes report no length: each of these used to read until it ran out of memory (4 GB, "internal error").
    [DataRow("check /dev/zero", "/dev/zero: input is over the 32 MB limit")]
    [DataRow("check samples/harbour-fire.html --metadata /dev/zero", "/dev/zero: input is over the 32 MB limit")]
    [DataRow("check samples/harbour-fire.html --config /dev/zero", "/dev/zero:1:1: error: file is over the 16 MB limit")]
    [DataRow("check samples/harbour-fire.html --policy /dev/zero", "/dev/zero:1:1: error: file is over the 16 MB limit")]
    [DataRow("fix /dev/zero", "/dev/zero: file is over the 32 MB limit")]
    [DataRow("eval /dev/zero", "/dev/zero: file is over the 16 MB limit")]
    [DataRow("inspect samples", "samples: is a folder; inspect takes one article file")]
    public void UsageErrorsAreOneLine(string arguments, string reason)
    {
        ShouldFailCleanly(ProvcheckProcess.Run(arguments.Split(' ')), reason);
    }

    [TestMethod]
    public void A_pipe_among_a_folders_articles_is_refused_without_waiting_for_a_writer()
    {
        using var temp = new TempFiles();
        temp.Write("site/a.html", "<p>The council met on Monday, its chair said.</p>");
        var fifo = Path.Combine(temp.Root, "site", "b.html");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        if (!File.Exists(fifo))
        {
            Assert.Inconclusive("mkfifo is not available here");
        }

        ShouldFailCleanly(ProvcheckProcess.Run("check", Path.Combine(temp.Root, "site")), "b.html: file is empty, or not a regular file (a pipe or device)");
    }

    [TestMethod]
    public void EmptyFile()
    {
        using var temp = new TempFiles();
        ShouldFailCleanly(ProvcheckProcess.Run("check", temp.Write("empty.html", "")), "file is empty");
    }

    [TestMethod]
    public void BinaryFile()
    {
        using var temp = new TempFiles();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
        ShouldFailCleanly(ProvcheckProcess.Run("check", temp.Write("photo.html", png)), "looks like a binary file");
    }

    [TestMethod]
    public void InvalidUtf8IsReportedWithItsByteOffset()
    {
        using var temp = new TempFiles();
        var bytes = "<p>Caf\u00e9 "u8.ToArray().Concat(new byte[] { 0xC3, 0x28 }).Concat("</p>"u8.ToArray()).ToArray();
        ShouldFailCleanly(ProvcheckProcess.Run("check", temp.Write("bad.html", bytes)), "invalid UTF-8 at byte 9");
    }

    [TestMethod]
    public void DeclaredLegacyCharsetIsHonoured()
    {
        using var temp = new TempFiles();
        var bytes = System.Text.Encoding.Latin1.GetBytes("<meta charset=\"iso-8859-1\"><p>The caf\u00e9 reportedly closed.</p>");
        var result = ProvcheckProcess.Run("check", temp.Write("latin.html", bytes), "--format", "json");
        result.ExitCode.ShouldBe(1);
        result.Stdout.ShouldContain("The café reportedly closed.");
    }

    [TestMethod]
    [DataRow("utf-7")] // .NET knows it but refuses it: this was "internal error: NotSupportedException"
    [DataRow("utf-32")] // decoded as UTF-32, the page was noise: "no article text found", no diagnostics, exit 0
    [DataRow("ibm037")] // EBCDIC: the same
    public void A_meta_charset_browsers_do_not_read_is_ignored_as_they_ignore_it(string charset)
    {
        using var temp = new TempFiles();
        var path = temp.Write("odd.html", $"<meta charset=\"{charset}\"><p>The caf\u00e9 reportedly closed.</p>");

        var result = ProvcheckProcess.Run("check", path, "--format", "json");

        result.ExitCode.ShouldBe(1, result.Stderr);
        result.Stdout.ShouldContain("The café reportedly closed.");
    }

    [TestMethod]
    public void MissingFileAndNothingPrintedForTheOthers()
    {
        var result = ProvcheckProcess.Run("check", "samples/harbour-fire.html", "no/such/story.html");
        ShouldFailCleanly(result, "no/such/story.html: no such file or folder");
    }

    [TestMethod]
    public void FiftyMegabyteFileIsRefusedWithTheLimit()
    {
        using var temp = new TempFiles();
        var path = Path.Combine(temp.Root, "huge.html");
        using (var stream = File.Create(path))
        {
            var paragraph = "<p>The council met again today to discuss the budget and the new bridge.</p>\n"u8.ToArray();
            while (stream.Length < 50L * 1024 * 1024)
            {
                stream.Write(paragraph);
            }
        }

        ShouldFailCleanly(ProvcheckProcess.Run("check", path), "over the 32 MB limit");
    }

    [TestMethod]
    public void DeeplyNestedAndUnclosedTagsGiveACorrectResult()
    {
        using var temp = new TempFiles();
        var nested = string.Concat(Enumerable.Repeat("<div><span>", 10_000)) + "The minister reportedly resigned." + "<p>Unclosed <b>bold <i>italic";
        var result = ProvcheckProcess.Run("check", temp.Write("deep.html", nested), "--format", "json");

        result.ExitCode.ShouldBe(1);
        result.Stderr.ShouldBeEmpty();
        result.Stdout.ShouldContain("\"id\": \"PC3002\"");
    }

    [TestMethod]
    public void NestedTablesAreReadInOnePassNotOnePerAncestor()
    {
        using var temp = new TempFiles();
        // 75 KB: conditional cleaning asked every table whether it, or a table around it, held data, each answer
        // searching the whole table again. 1,000 such tables took 32 s and 5,000 ran for hours, a core lost to one request.
        var nested = string.Concat(Enumerable.Repeat("<table><tr><td>", 5_000)) + "The minister reportedly resigned.";
        var result = ProvcheckProcess.Run("check", temp.Write("tables.html", nested), "--format", "json");

        result.ExitCode.ShouldBe(1, result.Stderr);
        result.Stdout.ShouldContain("\"id\": \"PC3002\"");
    }

    [TestMethod]
    [DataRow("lists", "line 501 nests lists or quotes too deeply")]
    [DataRow("quotes", "nests lists or quotes too deeply")]
    [DataRow("emphasis", "its emphasis or links nest too deeply")]
    [DataRow("definitions", "line 10003: more than 10,000 link definitions in a row")]
    public void MarkdownNestedBeyondAnyArticleIsOneLineNotAHangOrACrash(string kind, string reason)
    {
        using var temp = new TempFiles();
        var text = kind switch
        {
            // Markdig took minutes over 5,000 nested list items; 100,000 '*' overflowed the stack and ended the process.
            "lists" => string.Concat(Enumerable.Range(0, 5_000).Select(i => new string(' ', 2 * i) + "- item\n")),
            "quotes" => new string('>', 5_000) + " The minister reportedly resigned.\n",
            // Markdig reads a run of definitions in quadratic time: 100,000 took 14 s, the 5 MB a service accepts about a minute.
            "definitions" => "The minister [reportedly][r0] resigned.\n\n" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"[r{i}]: https://example.org/{i}\n")),
            _ => "The minister " + new string('*', 100_000) + "reportedly" + new string('*', 100_000) + " resigned.\n",
        };

        ShouldFailCleanly(ProvcheckProcess.Run("check", temp.Write($"{kind}.md", text)), reason);
    }

    [TestMethod]
    [DataRow("--policy", "flow")]
    [DataRow("--policy", "block")]
    [DataRow("--config", "flow")]
    public void A_settings_file_nested_beyond_any_policy_is_refused_in_one_line(string option, string style)
    {
        using var temp = new TempFiles();
        // 200,000 '[' overflowed YamlDotNet's recursive loader: the process died with a stack trace (exit 134), and
        // a service reloading such a file would have gone down with it.
        var yaml = style == "flow"
            ? "rules: " + new string('[', 200_000)
            : "rules:\n  " + string.Concat(Enumerable.Repeat("- ", 200_000)) + "x\n";
        var file = temp.Write("deep.yaml", yaml);

        var result = ProvcheckProcess.Run("check", temp.Write("a.html", "<p>The council met on Monday.</p>"), option, file);

        ShouldFailCleanly(result, "deep.yaml:");
        result.Stderr.ShouldContain("error: the YAML nests more than 64 levels deep");
    }

    [TestMethod]
    [DataRow("[", "]")]
    [DataRow("{a: ", "}")]
    public void FrontMatterNestedBeyondAnyArticleIsSkippedAndTheArticleStillChecked(string open, string close)
    {
        using var temp = new TempFiles();
        // 100,000 levels overflowed YamlDotNet's recursive loader: the process died, and no catch can stop that.
        var text = "---\nauthor: " + string.Concat(Enumerable.Repeat(open, 100_000)) + "x" + string.Concat(Enumerable.Repeat(close, 100_000)) +
                   "\n---\n\nThe minister reportedly resigned.\n";

        var result = ProvcheckProcess.Run("inspect", temp.Write("deep.md", text), "--format", "json");

        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldContain("front matter nests more than 64 levels deep; it was not read");
        result.Stdout.ShouldContain("The minister reportedly resigned.");
    }

    [TestMethod]
    public void MalformedYamlPolicy()
    {
        using var temp = new TempFiles();
        var policy = temp.Write("broken.yaml", "rules:\n  - id: X1\n    title: [unclosed\n");
        var result = ProvcheckProcess.Run("check", "samples/harbour-fire.html", "--policy", policy);
        ShouldFailCleanly(result, "broken.yaml:");
        result.Stderr.ShouldMatch(@"broken\.yaml:\d+:\d+: error: ");
    }

    [TestMethod]
    public void CatastrophicRegexInAUserPolicyFinishes()
    {
        using var temp = new TempFiles();
        var policy = temp.Write("regex.yaml", "rules:\n  - id: X1\n    title: t\n    message: m\n    kind: forbid\n    options: {match: {regex: '(x+x+)+y'}}\n");
        var article = temp.Write("story.txt", new string('x', 20_000) + "\n");
        var result = ProvcheckProcess.Run("check", article, "--no-default-rules", "--policy", policy, "--format", "json");

        result.ExitCode.ShouldBe(0);
        result.Stdout.ShouldContain("\"errors\": 0");
    }

    [TestMethod]
    public void UnknownOptionIsAUsageError()
    {
        var result = ProvcheckProcess.Run("check", "samples/harbour-fire.html", "--no-such-option");
        result.ExitCode.ShouldBe(2);
        result.Stdout.ShouldBeEmpty();
        result.Stderr.ShouldContain("--no-such-option");
    }

    [TestMethod]
    [DataRow("--output", "no/such/folder/report.json", "--output no/such/folder/report.json: no such folder")]
    [DataRow("--write-baseline", "samples", "--write-baseline samples: is a folder, not a file")]
    public void AnOutputFileThatCannotBeWrittenFailsBeforeAnythingIsChecked(string option, string path, string reason)
    {
        ShouldFailCleanly(ProvcheckProcess.Run("check", "samples/harbour-fire.html", "--format", "json", option, path), reason);
    }

    [TestMethod]
    [DataRow("--output")]
    [DataRow("--write-baseline")]
    public void AReportIsNeverWrittenOverTheArticleBeingChecked(string option)
    {
        using var temp = new TempFiles();
        var article = temp.Write("story.html", "<p>A source said the mayor would resign.</p>");

        ShouldFailCleanly(ProvcheckProcess.Run("check", temp.Root, option, article), $"{option} {article}: is one of the files being read, and would be overwritten");
        File.ReadAllText(article).ShouldBe("<p>A source said the mayor would resign.</p>");
    }

    [TestMethod]
    public void MetadataWithALoneSurrogateIsOneLineNotAnInternalError()
    {
        using var temp = new TempFiles();
        var metadata = temp.Write("cms.json", """{"author": "Ana \udc00 Ruiz"}""");

        ShouldFailCleanly(ProvcheckProcess.Run("check", "samples/harbour-fire.html", "--metadata", metadata), $"{metadata}: a string holds a lone UTF-16 surrogate escape");
    }

    [TestMethod]
    public void AReportFileIsWrittenWholeWithNoTemporaryFileLeftBeside()
    {
        using var temp = new TempFiles();
        var path = Path.Combine(temp.Root, "report.json");

        ProvcheckProcess.Run("check", "samples/harbour-fire.html", "--format", "json", "--output", path).ExitCode.ShouldBe(1);

        File.ReadAllText(path).ShouldContain("\"PC");
        Directory.GetFiles(temp.Root).ShouldBe([path]);
    }

    [TestMethod]
    public void AnOutputThatIsALinkIsWrittenThroughAndStaysALink()
    {
        using var temp = new TempFiles();
        var target = temp.Write("reports/latest.json", "{}");
        var link = Path.Combine(temp.Root, "report.json");
        File.CreateSymbolicLink(link, target);

        ProvcheckProcess.Run("check", "samples/harbour-fire.html", "--format", "json", "--output", link).ExitCode.ShouldBe(1);

        new FileInfo(link).LinkTarget.ShouldBe(target);
        File.ReadAllText(target).ShouldContain("\"PC");
    }

    [TestMethod]
    [OSCondition(ConditionMode.Exclude, OperatingSystems.Windows)]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void AnExistingReportKeepsItsPermissionsWhenReplaced()
    {
        using var temp = new TempFiles();
        var path = temp.Write("report.json", "{\"old\": true}");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        ProvcheckProcess.Run("check", "samples/harbour-fire.html", "--format", "json", "--output", path).ExitCode.ShouldBe(1);

        File.ReadAllText(path).ShouldContain("\"PC");
        File.GetUnixFileMode(path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [TestMethod]
    [DataRow("notaurl")]
    [DataRow("http://127.0.0.1:508O")] // a letter O for a zero: Kestrel would listen on every interface at port 80
    [DataRow("http://127.0.0.1:99999")]
    [DataRow("ftp://127.0.0.1:2121")]
    public void ServeRefusesAnAddressItCannotListenOn(string url)
    {
        ShouldFailCleanly(ProvcheckProcess.Run("serve", "--urls", url, "--warm-up", "0"), $"--urls: '{url}' is not an http:// or https:// address to listen on");
    }

    [TestMethod]
    public void ServeOnATakenPortSaysSoInOneLineWithoutAStackTrace()
    {
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;

            var result = ProvcheckProcess.Run("serve", "--urls", $"http://127.0.0.1:{port}", "--warm-up", "0");

            result.ExitCode.ShouldBe(2);
            result.Stderr.TrimEnd().Split('\n').ShouldHaveSingleItem().ShouldContain($"127.0.0.1:{port}: address already in use");
            result.Stdout.ShouldNotContain("Exception");
            result.Stdout.ShouldNotContain(" at ");
        }
        finally
        {
            taken.Stop();
        }
    }
}
