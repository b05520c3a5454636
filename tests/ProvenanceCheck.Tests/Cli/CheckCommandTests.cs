using System.Text.Json;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Cli;

[TestClass]
public sealed class CheckCommandTests
{
    [TestMethod]
    public void TextOutputIsCompilerStyleWithTheSpanUnderlined()
    {
        var result = ProvcheckProcess.Run("check", "samples/harbour-fire.html");

        result.ExitCode.ShouldBe(1);
        result.Stderr.ShouldBeEmpty();
        var lines = result.Stdout.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith("samples/harbour-fire.html(19,4): warning PC3001: ", StringComparison.Ordinal));
        index.ShouldBeGreaterThanOrEqualTo(0, result.Stdout);
        lines[index + 1].ShouldBe("  19 | <p>A source at the harbour authority said the sprinkler system had failed an inspection in January.</p>");
        lines[index + 2].ShouldBe("     |    " + new string('^', "A source at the harbour authority".Length));
        result.Stdout.ShouldContain("warnings, 1 info in 1 file");
        result.Stdout.ShouldNotContain("\u001b[");
    }

    [TestMethod]
    public void ALongLineIsCutAroundTheSpanWithEllipsesAndTheCaretsStillUnderIt()
    {
        var result = ProvcheckProcess.Run("check", "samples/harbour-fire.html");

        var lines = result.Stdout.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith("samples/harbour-fire.html(16,68): warning PC2001: ", StringComparison.Ordinal));
        index.ShouldBeGreaterThanOrEqualTo(0, result.Stdout);
        var snippet = lines[index + 1];
        snippet.ShouldStartWith("  16 | …");
        snippet.ShouldEndWith("…");
        var carets = lines[index + 2];
        snippet.Substring(carets.IndexOf('^', StringComparison.Ordinal), 3).ShouldBe("Two");
        carets.Count(c => c == '^').ShouldBe(3);
    }

    [TestMethod]
    public void JsonOutputIsExactlyOneDocumentWithTheDocumentedSchema()
    {
        var result = ProvcheckProcess.Run("check", "samples/harbour-fire.html", "--format", "json");

        result.ExitCode.ShouldBe(1);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        root.GetProperty("tool").GetProperty("name").GetString().ShouldBe("provcheck");
        root.GetProperty("tool").GetProperty("version").GetString().ShouldNotBeNullOrEmpty();
        var file = root.GetProperty("files")[0];
        file.GetProperty("path").GetString().ShouldBe("samples/harbour-fire.html");
        file.GetProperty("format").GetString().ShouldBe("html");
        var diagnostic = file.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("id").GetString() == "PC3001");
        string[] keys = ["id", "severity", "category", "message", "line", "column", "endLine", "endColumn", "offset", "length", "text", "sentence"];
        diagnostic.EnumerateObject().Select(p => p.Name).ShouldBe(keys);
        var source = File.ReadAllText(Checkers.RepoPath("samples", "harbour-fire.html"));
        var offset = diagnostic.GetProperty("offset").GetInt32();
        source.Substring(offset, diagnostic.GetProperty("length").GetInt32()).ShouldBe(diagnostic.GetProperty("text").GetString());
        var summary = root.GetProperty("summary");
        summary.GetProperty("files").GetInt32().ShouldBe(1);
        summary.GetProperty("warnings").GetInt32().ShouldBe(file.GetProperty("diagnostics").EnumerateArray().Count(d => d.GetProperty("severity").GetString() == "warning"));
    }

    [TestMethod]
    public void FailOnSetsTheExitCode()
    {
        ProvcheckProcess.Run("check", "samples/harbour-fire.html", "--fail-on", "error").ExitCode.ShouldBe(0);
        ProvcheckProcess.Run("check", "samples/harbour-fire.html", "--fail-on", "info").ExitCode.ShouldBe(1);
    }

    [TestMethod]
    public void StdinIsReadWithTheGivenFormat()
    {
        var result = ProvcheckProcess.RunWithInput("<p>The minister reportedly resigned.</p>", "check", "-", "--format-in", "html", "--format", "json");

        result.ExitCode.ShouldBe(1);
        using var json = JsonDocument.Parse(result.Stdout);
        var file = json.RootElement.GetProperty("files")[0];
        file.GetProperty("path").GetString().ShouldBe("<stdin>");
        var hedge = file.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "PC3002");
        hedge.GetProperty("offset").GetInt32().ShouldBe(16);
        hedge.GetProperty("column").GetInt32().ShouldBe(17);
    }

    [TestMethod]
    public void FoldersAreWalkedForArticles()
    {
        using var temp = new TempFiles();
        temp.Write("a/one.md", "By Ana Ruiz\n\nThe minister reportedly resigned.\n");
        temp.Write("a/b/two.txt", "Police said the road reopened.\n");
        temp.Write("a/skip.png", "not an article");

        var result = ProvcheckProcess.Run("check", Path.Combine(temp.Root, "a"), "--format", "json");

        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("files").EnumerateArray().Select(f => Path.GetFileName(f.GetProperty("path").GetString())).ShouldBe(["two.txt", "one.md"]);
    }

    [TestMethod]
    public void AFileNamedTwiceIsCheckedAndReportedOnce()
    {
        using var temp = new TempFiles();
        var story = temp.Write("a/one.md", "By Ana Ruiz\n\nThe minister reportedly resigned.\n");

        var result = ProvcheckProcess.Run("check", Path.Combine(temp.Root, "a"), story, Path.Combine(temp.Root, "a", ".", "one.md"), "--format", "json");

        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("files").GetArrayLength().ShouldBe(1);
    }

    [TestMethod]
    public void LinkedFoldersAreNotEnteredSoALoopCannotRepeatArticlesButLinkedFilesAreRead()
    {
        using var temp = new TempFiles();
        temp.Write("a/b/two.txt", "Police said the road reopened.\n");
        var outside = temp.Write("elsewhere/three.txt", "The council met on Monday.\n");
        Directory.CreateSymbolicLink(Path.Combine(temp.Root, "a", "b", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(temp.Root, "a", "three.txt"), outside);

        var result = ProvcheckProcess.Run("check", Path.Combine(temp.Root, "a"), "--format", "json");

        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("files").EnumerateArray().Select(f => Path.GetRelativePath(temp.Root, f.GetProperty("path").GetString()!))
            .ShouldBe([Path.Combine("a", "b", "two.txt"), Path.Combine("a", "three.txt")]);
    }

    [TestMethod]
    public void ExtraPoliciesAndNoDefaultRules()
    {
        using var temp = new TempFiles();
        var policy = temp.Write("desk.yaml", "rules:\n  - id: DESK1\n    title: No 'slammed'\n    message: \"Avoid '{text}'\"\n    kind: forbid\n    options: {match: {phrases: [slammed]}}\n");
        var article = temp.Write("story.txt", "The mayor slammed the plan.\n");

        var result = ProvcheckProcess.Run("check", article, "--no-default-rules", "--policy", policy, "--format", "json");

        using var json = JsonDocument.Parse(result.Stdout);
        var ids = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
        ids.ShouldBe(["DESK1"]);
    }
}
