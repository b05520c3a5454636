using System.Text;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Fixes;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Workflow;

[TestClass]
public sealed class FixTests
{
    private const string HouseSentence = "AI use: [editor: say whether AI was used for this article, and for what]";

    private static FileFixResult FixAndWrite(string path, string? rule = null)
    {
        var outcome = FileFixer.Fix(path, ArticleFormatNames.FromPath(path), ConfiguredCheck.Plan(path), rule);
        if (outcome.Changed)
        {
            outcome.Refusal.ShouldBeNull();
            SourceFileWriter.Write(path, outcome.NewBytes!);
        }

        return outcome;
    }

    /// <summary>The fixed text must be the original with exactly the fixes' insertions: nothing else moves.</summary>
    private static void ShouldBeOriginalPlusInsertions(string original, string fixedText, FileFixResult outcome)
    {
        outcome.Fixes.SelectMany(f => f.Edits).ShouldAllBe(e => e.Span.Length == 0);
        var removed = fixedText;
        foreach (var edit in outcome.Fixes.SelectMany(f => f.Edits).OrderByDescending(e => e.Span.Start))
        {
            var shift = outcome.Fixes.SelectMany(f => f.Edits).Where(e => e.Span.Start < edit.Span.Start).Sum(e => e.NewText.Length);
            removed = removed.Remove(edit.Span.Start + shift, edit.NewText.Length);
        }

        removed.ShouldBe(original);
    }

    [TestMethod]
    [DataRow("story.md", WorkflowArticles.Markdown)]
    [DataRow("story.html", WorkflowArticles.Html)]
    [DataRow("story.txt", WorkflowArticles.WindowText)]
    public void Missing_disclosure_fix_inserts_the_house_sentence_and_check_no_longer_reports_it(string name, string text)
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\n");
        var path = tree.Write(name, text);
        var before = ConfiguredCheck.Check(path);
        before.Active.ShouldContain(d => d.Id == "PC1001");

        var outcome = FixAndWrite(path);

        var fixedText = File.ReadAllText(path);
        fixedText.ShouldContain(HouseSentence.Replace("'", "&#39;", StringComparison.Ordinal));
        ShouldBeOriginalPlusInsertions(text, fixedText, outcome);
        var after = ConfiguredCheck.Check(path);
        after.Active.ShouldNotContain(d => d.Id == "PC1001");
        // The default house sentence is a placeholder for the editor to complete, so PC1003 (info) asks for what AI did.
        after.Active.ShouldContain(d => d.Id == "PC1003");
        after.Active.Count(d => d.Id is not ("PC1001" or "PC1003")).ShouldBe(before.Active.Count(d => d.Id is not ("PC1001" or "PC1003")), "the fix must not create or hide other findings");
    }

    [TestMethod]
    public void Html_insertion_goes_after_the_headline_so_the_disclosure_is_near_the_top()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\n");
        var path = tree.Write("story.html", WorkflowArticles.Html);

        FixAndWrite(path);

        File.ReadAllText(path).ShouldContain("<h1>Council approves new bridge</h1>\n<p>" + HouseSentence + "</p>\n<p>The city council");
        ConfiguredCheck.Check(path).Diagnostics.ShouldNotContain(d => d.Id == "PC1006", "the inserted statement is near the headline");
    }

    [TestMethod]
    public void Insert_at_body_end_puts_the_paragraph_after_the_last_closing_tag_of_the_body()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\n");
        var path = tree.Write("story.html", WorkflowArticles.Html.Replace("last year.</p>", "last <em>year</em>.</p>", StringComparison.Ordinal));
        var plan = ConfiguredCheck.Plan(path);
        var result = plan.Checker.Check(SourceDecoder.ReadFile(path, ArticleFormat.Html), ArticleFormat.Html, plan.Options);
        var definition = new FixDefinition { Title = "end", Action = "insert-at-body-end", Text = "Added." };

        var fix = FixProvider.Propose(result.Article, result.Active.First(d => d.Id == "PC1001"), definition, plan.Settings)!;

        FixProvider.Apply(result.Article.Source.Text, fix.Edits).ShouldContain("last <em>year</em>.</p>\n<p>Added.</p>\n</article>");
    }

    [TestMethod]
    public void The_house_sentence_is_a_setting_that_config_overrides()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\nsettings:\n  house-disclosure: \"No AI tools were used to report or write this story.\"\n");
        var path = tree.Write("story.md", WorkflowArticles.Markdown);

        FixAndWrite(path);

        File.ReadAllText(path).ShouldContain("# Council approves new bridge\n\nNo AI tools were used to report or write this story.\n\nThe city council");
    }

    [TestMethod]
    public void Hedged_disclosure_in_the_seed_page_is_replaced_and_the_rest_of_the_file_is_byte_identical()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\n");
        var path = tree.PathOf("article.html");
        File.Copy(Checkers.CorpusPath("seed", "article.html"), path);
        var originalBytes = File.ReadAllBytes(path);
        ConfiguredCheck.Check(path).Active.ShouldContain(d => d.Id == "PC1002");

        var outcome = FixAndWrite(path, "PC1002");

        outcome.Fixes.Count.ShouldBe(1);
        var edit = outcome.Fixes[0].Edits.Single();
        var original = Encoding.UTF8.GetString(originalBytes);
        var fixedText = File.ReadAllText(path);
        fixedText.ShouldBe(original[..edit.Span.Start] + HouseSentence.Replace("'", "&#39;", StringComparison.Ordinal) + original[edit.Span.End..]);
        original.Substring(edit.Span.Start, edit.Span.Length).ShouldContain("may have used AI");
        var after = ConfiguredCheck.Check(path);
        after.Active.ShouldNotContain(d => d.Id == "PC1002");
        after.Active.ShouldNotContain(d => d.Id == "PC1001");
    }

    [TestMethod]
    public void Source_marker_fix_runs_only_when_its_rule_is_named()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\n");
        var path = tree.Write("story.md", WorkflowArticles.Markdown);

        FixAndWrite(path);
        File.ReadAllText(path).ShouldNotContain("[SOURCE?]");

        FixAndWrite(path, "PC3001");
        File.ReadAllText(path).ShouldContain("\n[SOURCE?] Sources said the work would start in spring.\n");
    }

    [TestMethod]
    public void Byte_order_mark_and_crlf_line_ends_survive_a_fix()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\n");
        var path = tree.PathOf("story.md");
        File.WriteAllBytes(path, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(WorkflowArticles.Markdown.ReplaceLineEndings("\r\n"))]);

        FixAndWrite(path);

        var bytes = File.ReadAllBytes(path);
        bytes.AsSpan(0, 3).ToArray().ShouldBe(Encoding.UTF8.Preamble.ToArray());
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.ShouldContain("# Council approves new bridge\r\n\r\n" + HouseSentence + "\r\n\r\nThe city council");
        text.Replace("\r\n", "", StringComparison.Ordinal).ShouldNotContain("\n");
    }

    [TestMethod]
    public void Cli_dry_run_prints_a_unified_diff_and_changes_nothing()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\n");
        var path = tree.Write("story.md", WorkflowArticles.Markdown);

        var (exit, stdout, _) = CliRunner.Run(tree.Root, "fix", "story.md", "--dry-run");

        exit.ShouldBe(0);
        stdout.ShouldContain("--- a/story.md");
        stdout.ShouldContain("+++ b/story.md");
        stdout.ShouldContain("+" + HouseSentence);
        File.ReadAllText(path).ShouldBe(WorkflowArticles.Markdown);
    }

    [TestMethod]
    public void Cli_fix_writes_fixed_files_atomically_and_never_touches_files_without_fixes()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\nrules:\n  PC1001: none\n");
        tree.Write("opinion/.provcheck.yaml", "rules:\n  PC1001: warning\n");
        var untouched = tree.Write("news/story.md", WorkflowArticles.Markdown);
        var fixedPath = tree.Write("opinion/column.md", WorkflowArticles.Markdown);
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(untouched, stamp);

        var (exit, _, stderr) = CliRunner.Run(tree.Root, "fix", ".");

        exit.ShouldBe(0, stderr);
        File.GetLastWriteTimeUtc(untouched).ShouldBe(stamp);
        File.ReadAllText(untouched).ShouldBe(WorkflowArticles.Markdown);
        File.ReadAllText(fixedPath).ShouldContain(HouseSentence);
        Directory.EnumerateFiles(tree.Root, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
        var (checkExit, checkOut, _) = CliRunner.Run(tree.Root, "check", "opinion/column.md", "--format", "json");
        checkExit.ShouldBe(1, "PC3001 and PC2001 remain");
        checkOut.ShouldNotContain("\"PC1001\"");
    }

    [TestMethod]
    public void Cli_fix_of_a_linked_article_fixes_the_article_and_keeps_the_link()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\n");
        var article = tree.Write("archive/column.md", WorkflowArticles.Markdown);
        var link = Path.Combine(tree.Root, "column.md");
        File.CreateSymbolicLink(link, Path.Combine("archive", "column.md"));

        var (exit, _, stderr) = CliRunner.Run(tree.Root, "fix", "column.md");

        exit.ShouldBe(0, stderr);
        new FileInfo(link).LinkTarget.ShouldBe(Path.Combine("archive", "column.md"));
        File.ReadAllText(article).ShouldContain(HouseSentence);
    }

    [TestMethod]
    public void Cli_fix_with_an_unknown_rule_fails_with_exit_code_2_and_changes_nothing()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\n");
        var path = tree.Write("story.md", WorkflowArticles.Markdown);

        var (exit, _, stderr) = CliRunner.Run(tree.Root, "fix", "story.md", "--rule", "PC9999");

        exit.ShouldBe(2);
        stderr.ShouldContain("no rule 'PC9999'");
        File.ReadAllText(path).ShouldBe(WorkflowArticles.Markdown);
    }

    private static readonly Encoding Windows1252 = CodePagesEncoding(1252);

    private static Encoding CodePagesEncoding(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    /// <summary>A windows-1252 page: its accented letters and curly quotes are single bytes that are not UTF-8.</summary>
    private static byte[] Windows1252Page() => Windows1252.GetBytes("""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="windows-1252"><title>Council approves new bridge</title></head>
        <body>
        <article>
        <h1>Council approves new bridge</h1>
        <p>The council’s vote on the new bridge in Saint-Étienne was unanimous, the mayor, Renée Dupré, said.</p>
        </article>
        </body>
        </html>

        """);

    /// <summary>The original bytes with <paramref name="inserted"/> put in after the headline: nothing else may differ.</summary>
    private static byte[] InsertedAfterHeadline(byte[] original, byte[] inserted)
    {
        var at = original.AsSpan().IndexOf("</h1>"u8) + "</h1>".Length;
        return [.. original[..at], .. inserted, .. original[at..]];
    }

    [TestMethod]
    public void A_windows_1252_page_is_fixed_in_windows_1252_with_every_other_byte_unchanged()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\nsettings:\n  house-disclosure: \"AI use \u2014 none: reporters wrote this story.\"\n");
        var path = tree.PathOf("page.html");
        var original = Windows1252Page();
        File.WriteAllBytes(path, original);

        var (exit, _, stderr) = CliRunner.Run(tree.Root, "fix", "page.html");

        exit.ShouldBe(0, stderr);
        var inserted = Windows1252.GetBytes("\n<p>AI use \u2014 none: reporters wrote this story.</p>");
        inserted.ShouldContain((byte)0x97, "the em dash is windows-1252's single byte, not UTF-8's three");
        File.ReadAllBytes(path).ShouldBe(InsertedAfterHeadline(original, inserted));
        ConfiguredCheck.Check(path).Active.ShouldNotContain(d => d.Id == "PC1001");
    }

    [TestMethod]
    public void A_fix_the_files_encoding_cannot_carry_skips_that_file_fixes_the_others_and_exits_2()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\nsettings:\n  house-disclosure: \"\u0418\u0418 \u043d\u0435 \u0438\u0441\u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u043b\u0441\u044f.\"\n");
        var page = tree.PathOf("a/page.html");
        Directory.CreateDirectory(tree.PathOf("a"));
        var original = Windows1252Page();
        File.WriteAllBytes(page, original);
        var story = tree.Write("b/story.md", WorkflowArticles.Markdown);

        var (exit, _, stderr) = CliRunner.Run(tree.Root, "fix", ".");

        exit.ShouldBe(2, stderr);
        File.ReadAllBytes(page).ShouldBe(original);
        File.ReadAllText(story).ShouldContain("\u0418\u0418 \u043d\u0435");
        var refusal = stderr.Split('\n').Where(l => l.Contains("page.html", StringComparison.Ordinal)).ShouldHaveSingleItem();
        refusal.ShouldContain("not fixed");
        refusal.ShouldContain("U+0418");
        refusal.ShouldContain("windows-1252");
        stderr.ShouldContain("1 of 2 files changed, 1 not fixed");
        Directory.EnumerateFiles(tree.Root, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [TestMethod]
    public void Dry_run_reports_a_file_that_cannot_be_fixed_and_exits_2()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\nsettings:\n  house-disclosure: \"\u0418\u0418.\"\n");
        File.WriteAllBytes(tree.PathOf("page.html"), Windows1252Page());

        var (exit, stdout, stderr) = CliRunner.Run(tree.Root, "fix", "page.html", "--dry-run");

        exit.ShouldBe(2);
        stdout.ShouldBeEmpty("no diff is shown for a fix that cannot be written");
        stderr.ShouldContain("page.html: not fixed");
    }

    [TestMethod]
    public void A_utf16_file_with_a_byte_order_mark_stays_utf16()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\n");
        var path = tree.PathOf("story.md");
        File.WriteAllBytes(path, [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(WorkflowArticles.Markdown)]);

        FixAndWrite(path);

        var bytes = File.ReadAllBytes(path);
        bytes.AsSpan(0, 2).ToArray().ShouldBe(Encoding.Unicode.Preamble.ToArray());
        Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2).ShouldContain("# Council approves new bridge\n\n" + HouseSentence + "\n\nThe city council");
    }

    [TestMethod]
    public void Dry_run_over_a_folder_heads_the_diff_with_clean_relative_paths()
    {
        using var tree = new TempTree();
        tree.Write(".provcheck.yaml", "root: true\n");
        tree.Write("a.html", WorkflowArticles.Html);
        tree.Write("news/b.md", WorkflowArticles.Markdown);

        var (exit, stdout, stderr) = CliRunner.Run(tree.Root, "fix", ".", "--dry-run");
        var (_, nested, _) = CliRunner.Run(tree.PathOf("news"), "fix", "../a.html", "--dry-run");

        exit.ShouldBe(0, stderr);
        stdout.ShouldContain("--- a/a.html\n+++ b/a.html\n");
        stdout.ShouldContain("--- a/news/b.md\n+++ b/news/b.md\n");
        stdout.ShouldNotContain("/./");
        nested.ShouldContain("--- a/../a.html\n");
    }

    [TestMethod]
    public void Cli_fix_with_a_misspelt_setting_fails_at_its_line_and_column_and_changes_nothing()
    {
        using var tree = new TempTree();
        var config = tree.Write(".provcheck.yaml", "root: true\nsettings:\n  house-disclosur: \"No AI was used.\"\n");
        var path = tree.Write("story.md", WorkflowArticles.Markdown);

        var (exit, _, stderr) = CliRunner.Run(tree.Root, "fix", "story.md");

        exit.ShouldBe(2);
        stderr.Trim().ShouldBe($"provcheck: {config}:3:3: error: unknown setting 'house-disclosur' (known settings: house-disclosure)");
        File.ReadAllText(path).ShouldBe(WorkflowArticles.Markdown);
    }
}
