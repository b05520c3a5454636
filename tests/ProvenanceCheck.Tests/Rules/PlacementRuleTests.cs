using ProvenanceCheck.Documents;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Rules;

[TestClass]
public sealed class PlacementRuleTests
{
    private static readonly string[] Rules = ["PC1006"];

    [TestMethod]
    public void ADisclosureOnlyInTheSiteFooterGetsPC1006()
    {
        AnalyzerVerifier.Verify(
            "<body><article><h1>Bridge reopens</h1><p>The bridge reopened on Friday.</p><p>Traffic was light.</p><p>Tolls return in May.</p><p>Work cost £2m.</p></article>" +
            "<footer><p>{|PC1006:This article was translated with an AI tool and checked by our editors.|}</p></footer></body>",
            Rules,
            ArticleFormat.Html);
    }

    [TestMethod]
    public void ALabelUnderTheHeadlinePasses()
    {
        AnalyzerVerifier.Verify(
            "<article><h1>Bridge reopens</h1><p><em>This article was translated with an AI tool and checked by our editors.</em></p><p>The bridge reopened on Friday.</p></article>",
            Rules,
            ArticleFormat.Html);
    }

    [TestMethod]
    public void AnArticleWithNoDisclosureIsLeftToPC1001()
    {
        AnalyzerVerifier.Verify("The bridge reopened on Friday.", Rules);
    }

    [TestMethod]
    public void AnEditorsNoteAsideIsReadAsPartOfTheArticle()
    {
        var result = Checkers.Check(
            "<article><h1>E-bike launch</h1><aside class=\"editors-note\"><p>Editor's note: An AI assistant produced the first draft; our reporter rewrote and checked it.</p></aside><p>The bike costs £900.</p></article>",
            ArticleFormat.Html);

        result.Diagnostics.ShouldNotContain(d => d.Id == "PC1001" || d.Id == "PC1006");
    }
}
