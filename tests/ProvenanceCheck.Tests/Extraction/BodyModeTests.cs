using System.Text.Json;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Documents.Html;
using ProvenanceCheck.Extraction;
using ProvenanceCheck.Tests.Infrastructure;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Tests.Extraction;

/// <summary><c>--body auto|article|whole</c>: what each mode reads, in the library and in <c>provcheck check/extract</c>.</summary>
[TestClass]
public sealed class BodyModeTests
{
    private const string NoMarkupNote = "--body article: the page has no <article> or <main>";

    private static Article Read(string html, BodyMode mode) =>
        new HtmlArticleReader().Read(new SourceText(html, "page.html"), new ReaderOptions { Body = mode });

    [TestMethod]
    public void ArticleModeReadsTheArticleElementEvenWhenDetectionWouldChooseOtherwise()
    {
        var article = ExtractedText.Of(Read(BodyModePages.ArticleIsATeaserCard, BodyMode.Article));
        var auto = ExtractedText.Of(Read(BodyModePages.ArticleIsATeaserCard, BodyMode.Auto));

        article.ShouldBe("Weekend market moves indoors for winter.");
        auto.ShouldContain("The eastern tram line reopened");
        auto.ShouldNotContain("Weekend market");
    }

    [TestMethod]
    public void ArticleModeOnAPageWithoutArticleOrMainSaysItReadTheWholeBody()
    {
        var article = Read(BodyModePages.NoArticleMarkup, BodyMode.Article);

        article.Notes.ShouldContain(n => n.StartsWith(NoMarkupNote, StringComparison.Ordinal));
        ExtractedText.Of(article).ShouldContain("Head librarian Agnes Moberg");
        Read(BodyModePages.ArticleWithChrome, BodyMode.Article).Notes.ShouldBeEmpty();
        Read(BodyModePages.NoArticleMarkup, BodyMode.Auto).Notes.ShouldNotContain(n => n.StartsWith(NoMarkupNote, StringComparison.Ordinal));
    }

    [TestMethod]
    public void WholeModeReadsNavigationAsidesHeadersAndFormLabelsAsBlocksOfTheirOwn()
    {
        var blocks = Read(BodyModePages.ArticleWithChrome, BodyMode.Whole).Blocks.Select(b => b.Text).ToList();

        blocks.ShouldContain("Home News Site menu");
        blocks.ShouldContain("A source close to the operator said the company had already ordered new machinery for the site.");
        blocks.ShouldContain("Subscribe to the Valley Ledger for the full archive of planning stories.");
        blocks.ShouldContain("Search the Valley Ledger archive");
        blocks.ShouldContain(b => b.StartsWith("A source at the rival quarry", StringComparison.Ordinal));
    }

    [TestMethod]
    public void WholeModeStillNeverReadsScriptsHiddenElementsOrFormValues()
    {
        var text = ExtractedText.Of(Read(BodyModePages.ArticleWithChrome, BodyMode.Whole));

        text.ShouldNotContain("script text never read");
        text.ShouldNotContain("hidden paragraph");
        text.ShouldNotContain("typed-search-value");
        text.ShouldNotContain("All sections");
        text.ShouldNotContain("Quarry expansion approved after long inquiry</title>");
    }

    [TestMethod]
    public void AutoAndArticleModesStillSkipNavigationAndAsides()
    {
        foreach (var mode in new[] { BodyMode.Auto, BodyMode.Article })
        {
            var text = ExtractedText.Of(Read(BodyModePages.ArticleWithChrome, mode));

            text.ShouldContain("Board chair Pavel Novak");
            text.ShouldNotContain("Site menu", Case.Sensitive, mode.ToString());
            text.ShouldNotContain("A source close to the operator", Case.Sensitive, mode.ToString());
            text.ShouldNotContain("Search the Valley Ledger", Case.Sensitive, mode.ToString());
        }
    }

    [TestMethod]
    public void WholeModeBlocksMapBackToTheSourceAsWritten()
    {
        var article = Read(BodyModePages.ArticleWithChrome, BodyMode.Whole);
        var aside = article.Blocks.Single(b => b.Text.StartsWith("A source close to the operator", StringComparison.Ordinal));

        var span = aside.Content.ToSource(new TextSpan(0, aside.Text.Length));

        BodyModePages.ArticleWithChrome.Substring(span.Start, span.Length).ShouldBe(aside.Text);
    }

    [TestMethod]
    public void CheckWithBodyWholeReportsSentencesInAsidesAndPromosThatArticleModeDoesNotRead()
    {
        using var temp = new TempFiles();
        var page = temp.Write("quarry.html", BodyModePages.ArticleWithChrome);

        var whole = ProvcheckProcess.Run("check", "--body", "whole", "--format", "json", page);
        var article = ProvcheckProcess.Run("check", "--body", "article", "--format", "json", page);

        whole.Stderr.ShouldBeEmpty();
        article.Stderr.ShouldBeEmpty();
        Pc3001Lines(whole.Stdout).ShouldContain(6);
        Pc3001Lines(whole.Stdout).ShouldContain(15);
        Pc3001Lines(article.Stdout).ShouldNotContain(6);
        Pc3001Lines(article.Stdout).ShouldNotContain(15);
        Pc3001Lines(article.Stdout).ShouldContain(11);
    }

    [TestMethod]
    public void CheckWithBodyArticlePrintsTheNoteWhenThePageHasNoArticleMarkup()
    {
        using var temp = new TempFiles();
        var page = temp.Write("library.html", BodyModePages.NoArticleMarkup);

        var result = ProvcheckProcess.Run("check", "--body", "article", page);

        result.Stdout.ShouldContain(page + ": note: " + NoMarkupNote);
        ProvcheckProcess.Run("check", page).Stdout.ShouldNotContain(NoMarkupNote);
    }

    [TestMethod]
    public void ExtractWithBodyArticleAndWholeDifferAsDocumented()
    {
        using var temp = new TempFiles();
        var card = temp.Write("tram.html", BodyModePages.ArticleIsATeaserCard);
        var library = temp.Write("library.html", BodyModePages.NoArticleMarkup);
        var quarry = temp.Write("quarry.html", BodyModePages.ArticleWithChrome);

        var article = ProvcheckProcess.Run("extract", "--body", "article", "--format", "jsonl", card, library);
        var whole = ProvcheckProcess.Run("extract", "--body", "whole", quarry);

        article.ExitCode.ShouldBe(0, article.Stderr);
        var lines = article.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        first.RootElement.GetProperty("text").GetString().ShouldBe("Weekend market moves indoors for winter.");
        second.RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).ShouldContain(n => n!.StartsWith(NoMarkupNote, StringComparison.Ordinal));
        whole.ExitCode.ShouldBe(0, whole.Stderr);
        whole.Stdout.ShouldContain("\n\nA source close to the operator said");
        whole.Stdout.ShouldContain("\n\nHome News Site menu\n");
    }

    private static List<int> Pc3001Lines(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("id").GetString() == "PC3001")
            .Select(d => d.GetProperty("line").GetInt32())
            .ToList();
    }
}
