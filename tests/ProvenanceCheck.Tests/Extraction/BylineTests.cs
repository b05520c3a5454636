using System.Text.Json;
using System.Text.RegularExpressions;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Documents.Html;
using ProvenanceCheck.Tests.Infrastructure;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Tests.Extraction;

/// <summary>Bylines as pages write them, reduced to the names: no "by", dates, handles, bios, headlines or teaser authors.</summary>
[TestClass]
public sealed partial class BylineTests
{
    private const string Story = "<p>The ferry operator said on Monday that winter crossings would be cut to four a day until the harbour dredging was finished.</p>";

    private static IReadOnlyList<string> AuthorsOf(string body, string head = "") =>
        new HtmlArticleReader().Read(new SourceText($"<html><head>{head}</head><body>{body}</body></html>", "page.html"), ReaderOptions.Default).Metadata.Authors;

    [TestMethod]
    public void ByDateTimeAndHandleAreCutFromAVisibleByline()
    {
        AuthorsOf($"<article><h1>Ferry cuts</h1><div class=\"byline\">by Oskar Lindqvist March 2, 2026 9:15 AM CET @oskarlq</div>{Story}</article>")
            .ShouldBe(["Oskar Lindqvist"]);
    }

    [TestMethod]
    public void AFeedLinkAndABioAfterTheNameAreCutAndTheRepeatedNameCountsOnce()
    {
        var body = $"<article><h1>Ferry cuts</h1><ol class=\"meta-byline\"><li><a rel=\"author\" href=\"/authors/ruth\">Ruth Okafor</a></li>" +
                   "<li><a rel=\"author\" href=\"/authors/ruth/feed\">Ruth Okafor Feed Ruth Okafor is a transport reporter based on the coast.</a></li></ol>" + Story + "</article>";

        AuthorsOf(body).ShouldBe(["Ruth Okafor"]);
    }

    [TestMethod]
    public void AuthorLinksInTeasersFurtherDownThePageAreNotTheStorysAuthors()
    {
        var body = "<article><h1>Ferry cuts</h1><p class=\"byline\">By <a rel=\"author\" href=\"/p/ines\">Ines Barros</a></p>" + Story + "</article>" +
                   "<div class=\"more-stories\"><div class=\"card\"><a href=\"/s/1\">Bridge shut at night</a> <a rel=\"author\" href=\"/p/tom\">Tom Reyes</a></div></div>";

        AuthorsOf(body).ShouldBe(["Ines Barros"]);
    }

    [TestMethod]
    public void AHeadlineInAnAuthorBoxIsNotABylineAndTheRealBylineIsFound()
    {
        var body = "<ul class=\"author-follow-list\"><li class=\"author-follow\">Lena Holm Council votes to close the old swimming baths next year</li></ul>" +
                   "<article><h1>Ferry cuts</h1><div class=\"byline\">By PAAVO KORHONEN, Associated Press</div>" + Story + "</article>";

        AuthorsOf(body).ShouldBe(["PAAVO KORHONEN"]);
    }

    [TestMethod]
    public void AJobTitleNextToTheNameLinkIsLeftOut()
    {
        AuthorsOf("<article><div class=\"author\"><a href=\"/author/nadia\">Nadia Petrova</a><div class=\"author-title\">Science Editor</div></div>" + Story + "</article>")
            .ShouldBe(["Nadia Petrova"]);
    }

    [TestMethod]
    public void AHandleInMetaIsNotAnAuthorButTheFullNameInJsonLdIs()
    {
        const string head = "<meta property=\"article:author\" content=\"mikkelj\">" +
                            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"Mikkel Jensen\"}]}</script>";

        AuthorsOf("<article>" + Story + "</article>", head).ShouldBe(["Mikkel Jensen"]);
    }

    [TestMethod]
    public void TwoNamesJoinedByAndAreTwoAuthorsAndMonthLikeFirstNamesSurvive()
    {
        AuthorsOf("<article>" + Story + "</article>", "<meta name=\"author\" content=\"By June Castillo and Jan de Vries\">")
            .ShouldBe(["June Castillo", "Jan de Vries"]);
    }

    [TestMethod]
    public void ADateRunIntoTheNameIsCutAtTheFirstDigit()
    {
        AuthorsOf("<article><h1>Ferry cuts</h1><div class=\"byline\">by Amara Diallo22 Mar 2026</div>" + Story + "</article>").ShouldBe(["Amara Diallo"]);
    }

    /// <summary>
    /// Bylines against the reference metadata of the page corpus. The references are Readability's raw bylines
    /// ("By Jane Roe\n March 3, 2015"), so a byline matches when the reference, without a leading "by", starts with
    /// it at a word boundary; pages with no reference byline count as a match only when none is found either.
    /// </summary>
    [TestMethod]
    public void BylinesMatchTheCorpusReferenceOnMostPages()
    {
        var pages = Directory.GetDirectories(Checkers.CorpusPath("pages"))
            .Where(d => File.Exists(Path.Combine(d, "expected-metadata.json")) && File.Exists(Path.Combine(d, "source.html")))
            .ToList();
        var reader = new HtmlArticleReader();
        var matched = 0;
        foreach (var page in pages)
        {
            using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(page, "expected-metadata.json")));
            var reference = expected.RootElement.TryGetProperty("byline", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            var source = SourceDecoder.Decode(File.ReadAllBytes(Path.Combine(page, "source.html")), "source.html", ArticleFormat.Html);
            var authors = reader.Read(source, ReaderOptions.Default).Metadata.Authors;
            matched += Matches(reference, authors.Count == 0 ? null : string.Join(", ", authors)) ? 1 : 0;
        }

        pages.Count.ShouldBeGreaterThanOrEqualTo(40);
        // Measured: 35 of 44. Most of the rest are references that are no byline (a date, "Last Updated", a site name).
        ((double)matched / pages.Count).ShouldBeGreaterThanOrEqualTo(0.78, $"{matched} of {pages.Count} bylines match");
    }

    private static bool Matches(string? reference, string? found)
    {
        var expected = LeadingBy().Replace(Normalise(reference), "");
        var actual = Normalise(found);
        return expected == actual ||
               (actual.Length > 0 && expected.StartsWith(actual, StringComparison.Ordinal) && !char.IsLetter(expected[actual.Length]));
    }

    private static string Normalise(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    [GeneratedRegex(@"^by\s+")]
    private static partial Regex LeadingBy();
}
