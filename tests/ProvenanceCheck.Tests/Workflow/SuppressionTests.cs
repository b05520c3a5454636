using System.Text;
using System.Text.Json;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Reporting;
using ProvenanceCheck.Text;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Workflow;

[TestClass]
public sealed class SuppressionTests
{
    private static CheckResult Check(string text, ArticleFormat format, bool requireReasons = false) =>
        Checkers.Default.Check(new SourceText(text, "test." + format.ToName()), format, new CheckOptions { RequireSuppressionReasons = requireReasons });

    private static IEnumerable<string> ActiveIds(CheckResult result) => result.Active.Select(d => d.Id);

    /// <summary>Checks the markup's article; the active (unsuppressed) diagnostics of <paramref name="rules"/> must be exactly the marked spans.</summary>
    private static CheckResult VerifyActive(string markup, ArticleFormat format, params string[] rules)
    {
        var (text, expected) = ArticleMarkup.Parse(markup);
        var result = Check(text, format);
        var actual = result.Active.Where(d => rules.Contains(d.Id)).Select(d => (d.Id, d.Span)).OrderBy(d => d.Span.Start).ThenBy(d => d.Id);
        actual.ShouldBe(expected.Where(e => rules.Contains(e.Id)).OrderBy(e => e.Span.Start).ThenBy(e => e.Id));
        return result;
    }

    /// <summary>The first <c>```html</c> block of the README's "Suppressions" section, exactly as printed.</summary>
    private static string ReadmeSuppressionExample()
    {
        var readme = File.ReadAllText(Checkers.RepoPath("README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("\n## Suppressions\n", StringComparison.Ordinal)..];
        var start = section.IndexOf("```html\n", StringComparison.Ordinal) + "```html\n".Length;
        return section[start..section.IndexOf("```\n", start, StringComparison.Ordinal)];
    }

    [TestMethod]
    public void The_readme_example_silences_what_it_says_and_every_directive_in_it_is_used()
    {
        var result = Check(ReadmeSuppressionExample(), ArticleFormat.Html);

        result.Diagnostics.Where(d => d.Suppression is not null).Select(d => (d.Id, d.Suppression!.Kind, d.Suppression.Justification))
            .ShouldBe([
                ("PC3001", "disable", "the council asked us not to name its staff"),
                ("PC2001", "disable-next-block", "figure sourced in the graphic below"),
                ("PC3001", "attribute", "quoted from the minutes"),
            ]);
        ActiveIds(result).ShouldNotContain("PC0002", "a directive in the README example silences nothing");
        ActiveIds(result).ShouldNotContain("PC3001");
        ActiveIds(result).ShouldNotContain("PC2001");
    }

    [TestMethod]
    public void Disable_next_block_comment_in_html_covers_the_next_paragraph_only()
    {
        var result = VerifyActive("""
            <!DOCTYPE html>
            <html lang="en"><body><article>
            <h1>Council approves new bridge</h1>
            <!-- provcheck-disable-next-block PC3001 -- background briefing, agreed with the desk -->
            <p>Sources said the work would start in spring.</p>
            <p>{|PC3001:Officials|} said the budget had doubled.</p>
            </article></body></html>
            """, ArticleFormat.Html, "PC3001", "PC0002");

        var suppressed = result.Diagnostics.Single(d => d.Suppression is not null);
        suppressed.Id.ShouldBe("PC3001");
        suppressed.Text.ShouldBe("Sources");
        suppressed.Suppression!.Kind.ShouldBe("disable-next-block");
        suppressed.Suppression.Justification.ShouldBe("background briefing, agreed with the desk");
    }

    [TestMethod]
    public void Disable_and_enable_comments_in_markdown_cover_every_block_between_them()
    {
        var result = VerifyActive("""
            # Council approves new bridge

            <!-- provcheck-disable PC3001 -- the council asked us not to name its staff -->

            Sources said the work would start in spring.

            Officials said the budget had doubled.

            <!-- provcheck-enable PC3001 -->

            {|PC3001:Sources|} said the bridge would open in 2028.

            """, ArticleFormat.Markdown, "PC3001", "PC0002");

        result.Diagnostics.Where(d => d.Suppression is not null).Select(d => (d.Id, d.Text, d.Suppression!.Kind))
            .ShouldBe([("PC3001", "Sources", "disable"), ("PC3001", "Officials", "disable")]);
    }

    [TestMethod]
    public void Disable_and_enable_comments_in_html_suppress_only_the_lines_between()
    {
        var html = WorkflowArticles.Html
            .Replace("<p>Sources said", "<!-- provcheck-disable PC3001 -- the council asked us not to name its staff -->\n<p>Sources said", StringComparison.Ordinal)
            .Replace("<p>At least 12", "<!-- provcheck-enable PC3001 -->\n<p>Sources said the budget doubled.</p>\n<p>At least 12", StringComparison.Ordinal);

        var result = Check(html, ArticleFormat.Html);

        var suppressed = result.Diagnostics.Where(d => d.Suppression is not null).ToList();
        suppressed.Select(d => d.Id).ShouldBe(["PC3001"]);
        suppressed[0].Text.ShouldBe("Sources");
        suppressed[0].Suppression!.Justification.ShouldBe("the council asked us not to name its staff");
        suppressed[0].Suppression!.Kind.ShouldBe("disable");
        ActiveIds(result).Count(id => id == "PC3001").ShouldBe(1, "the second unnamed source comes after the enable comment");
        ActiveIds(result).ShouldContain("PC2001");
    }

    [TestMethod]
    public void Disable_next_block_in_markdown_covers_only_the_next_block()
    {
        var markdown = WorkflowArticles.Markdown.Replace(
            "Sources said", "<!-- provcheck-disable-next-block PC3001 PC2001 -- background only -->\nSources said", StringComparison.Ordinal);

        var result = Check(markdown, ArticleFormat.Markdown);

        result.Diagnostics.Single(d => d.Id == "PC3001").Suppression!.Kind.ShouldBe("disable-next-block");
        ActiveIds(result).ShouldContain("PC2001", "the casualty paragraph is not the next block");
        result.Active.ShouldContain(d => d.Id == "PC0002" && d.Message.Contains("PC2001"), "PC2001 was named but silenced nothing");
    }

    [TestMethod]
    public void Attribute_on_an_element_suppresses_inside_that_element_only()
    {
        var html = WorkflowArticles.Html.Replace(
            "<p>Sources said", "<div data-provcheck-ignore=\"PC3001 -- quoted from the minutes\"><p>Sources said", StringComparison.Ordinal)
            .Replace("spring.</p>", "spring.</p></div>\n<p>Sources said the budget doubled.</p>", StringComparison.Ordinal);

        var result = Check(html, ArticleFormat.Html);

        var pc3001 = result.Diagnostics.Where(d => d.Id == "PC3001").ToList();
        pc3001.Count.ShouldBe(2);
        pc3001[0].Suppression!.Kind.ShouldBe("attribute");
        pc3001[0].Suppression!.Justification.ShouldBe("quoted from the minutes");
        pc3001[1].Suppression.ShouldBeNull();
    }

    [TestMethod]
    public void Front_matter_disable_covers_the_whole_article_including_article_level_findings()
    {
        var markdown = WorkflowArticles.Markdown.Replace(
            "date: 2026-03-01", "date: 2026-03-01\nprovcheck:\n  disable: [PC1001, PC2001]\n  reason: wire copy, disclosed by the agency", StringComparison.Ordinal);

        var result = Check(markdown, ArticleFormat.Markdown);

        ActiveIds(result).ShouldNotContain("PC1001");
        ActiveIds(result).ShouldNotContain("PC2001");
        ActiveIds(result).ShouldContain("PC3001");
        result.Diagnostics.Single(d => d.Id == "PC1001").Suppression!.Justification.ShouldBe("wire copy, disclosed by the agency");
        result.FailsAt(Diagnostics.Severity.Warning).ShouldBeTrue("PC3001 still counts");
    }

    [TestMethod]
    public void A_suppression_that_silences_nothing_is_reported_like_IDE0079()
    {
        var markdown = WorkflowArticles.Markdown.Replace(
            "The city council", "<!-- provcheck-disable-next-block PC3004 -- no quotes here -->\nThe city council", StringComparison.Ordinal);

        var result = Check(markdown, ArticleFormat.Markdown);

        var unnecessary = result.Active.Single(d => d.Id == "PC0002");
        unnecessary.Message.ShouldContain("PC3004");
        markdown.Substring(unnecessary.Span.Start, unnecessary.Span.Length).ShouldStartWith("<!-- provcheck-disable-next-block PC3004");
    }

    [TestMethod]
    public void A_suppression_without_a_reason_is_an_info_diagnostic_only_when_reasons_are_required()
    {
        var markdown = WorkflowArticles.Markdown.Replace("Sources said", "<!-- provcheck-disable-next-block PC3001 -->\nSources said", StringComparison.Ordinal);

        ActiveIds(Check(markdown, ArticleFormat.Markdown)).ShouldNotContain("PC0001");
        var strict = Check(markdown, ArticleFormat.Markdown, requireReasons: true);
        strict.Active.Single(d => d.Id == "PC0001").Severity.ShouldBe(Diagnostics.Severity.Info);
        strict.Diagnostics.Single(d => d.Id == "PC3001").Suppression.ShouldNotBeNull();
    }

    [TestMethod]
    public void Suppressed_diagnostics_stay_in_json_marked_suppressed_and_out_of_the_counts()
    {
        var markdown = WorkflowArticles.Markdown.Replace("Sources said", "<!-- provcheck-disable-next-block PC3001 -- agreed with the desk -->\nSources said", StringComparison.Ordinal);
        var result = Check(markdown, ArticleFormat.Markdown);
        using var stream = new MemoryStream();

        JsonReportWriter.Write(stream, new Report([result]));

        using var json = JsonDocument.Parse(stream.ToArray());
        var diagnostics = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().ToList();
        var suppressed = diagnostics.Single(d => d.GetProperty("id").GetString() == "PC3001").GetProperty("suppressed");
        suppressed.GetProperty("kind").GetString().ShouldBe("disable-next-block");
        suppressed.GetProperty("justification").GetString().ShouldBe("agreed with the desk");
        diagnostics.Where(d => d.GetProperty("id").GetString() != "PC3001").Count(d => d.TryGetProperty("suppressed", out _)).ShouldBe(0);
        json.RootElement.GetProperty("summary").GetProperty("suppressed").GetInt32().ShouldBe(1);
        json.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32().ShouldBe(result.Count(Diagnostics.Severity.Warning));
        Encoding.UTF8.GetString(stream.ToArray()).ShouldNotContain("\"baselineState\"");
    }

    [TestMethod]
    public void Comments_in_plain_text_are_not_directives()
    {
        var text = "Council approves new bridge\n\n<!-- provcheck-disable PC3001 -- no -->\nSources said the work would start in spring.\n";

        ActiveIds(Check(text, ArticleFormat.Text)).ShouldContain("PC3001");
    }

    [TestMethod]
    public void Directives_shown_in_markdown_code_are_examples_not_instructions()
    {
        var markdown = WorkflowArticles.Markdown.Replace(
            "Sources said", "To silence a rule, write `<!-- provcheck-disable-next-block PC3001 -->` above it.\n\n```html\n<!-- provcheck-disable PC2001 -->\n```\n\nSources said", StringComparison.Ordinal);

        var result = Check(markdown, ArticleFormat.Markdown);

        result.Diagnostics.ShouldAllBe(d => d.Suppression == null);
        ActiveIds(result).ShouldNotContain("PC0002");
        ActiveIds(result).ShouldContain("PC3001");
        ActiveIds(result).ShouldContain("PC2001");
    }
}
