using ProvenanceCheck.Documents;
using ProvenanceCheck.Policies;
using ProvenanceCheck.Tests.Infrastructure;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Tests.Extraction;

/// <summary><c>skip-blocks:</c> beside a rule's <c>scope:</c> leaves captions and pull quotes (or any block kind) out of the rule.</summary>
[TestClass]
public sealed class SkipBlocksTests
{
    private const string Page = """
        <html><body><article>
        <h1>Lighthouse keeper retires after forty years</h1>
        <p>The last keeper of the point lighthouse retired on Friday, and the harbour board called it a historic moment for the town.</p>
        <figure><img src="light.jpg" alt=""><figcaption>A historic moment: the keeper locks the lamp room.</figcaption></figure>
        <blockquote class="pullquote">It was a historic moment for all of us.</blockquote>
        <p>The light has been automatic since the spring, and the board said the keeper's cottage would become a small museum next year.</p>
        </article></body></html>
        """;

    private static string Rule(string skip) => $$"""
        rules:
          - id: TEST900
            title: Cliché
            message: "Avoid '{text}'"
            severity: warning
            kind: forbid
            options:
              match: {phrases: ["historic moment"]}
              scope: body
        {{skip}}
        """;

    private static List<BlockKind> FlaggedKinds(string skip)
    {
        var checker = Checkers.Create(false, Rule(skip));
        var result = Checkers.Check(Page, ArticleFormat.Html, checker);
        return result.Diagnostics.Where(d => d.Id == "TEST900")
            .Select(d => result.Article.Blocks.Single(b => b.Content.ToSource(new TextSpan(0, b.Text.Length)).Contains(d.Span.Start)).Kind)
            .ToList();
    }

    [TestMethod]
    public void WithoutSkipBlocksCaptionsAndPullQuotesAreChecked()
    {
        FlaggedKinds("").ShouldBe([BlockKind.Paragraph, BlockKind.Caption, BlockKind.PullQuote], ignoreOrder: true);
    }

    [TestMethod]
    public void SkipBlocksLeavesCaptionsAndPullQuotesOut()
    {
        FlaggedKinds("      skip-blocks: [caption, pull-quote]").ShouldBe([BlockKind.Paragraph]);
    }

    [TestMethod]
    public void AnUnknownBlockKindIsAnErrorAtItsPositionListingEveryKind()
    {
        var error = Should.Throw<PolicyException>(() => Checkers.Create(false, Rule("      skip-blocks: [sidebar]")));

        error.Line.ShouldBe(10);
        error.Message.ShouldContain("unknown block kind 'sidebar'");
        error.Message.ShouldContain("known: heading, paragraph, list-item, block-quote, caption, byline, pull-quote");
    }
}
