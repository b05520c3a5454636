using ProvenanceCheck.Documents;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Rules;

[TestClass]
public sealed class DisclosureRuleTests
{
    private static readonly string[] Rules = ["PC1001", "PC1002", "PC1003", "PC1004", "PC1005"];

    [TestMethod]
    public void ASpecificDisclosureWithRoleAndReviewPasses()
    {
        AnalyzerVerifier.Verify(
            """
            The county will resurface Mill Lane in April.

            This article was drafted with the help of an AI tool and reviewed and edited by our staff.
            """,
            Rules);
    }

    [TestMethod]
    public void AnArticleWithNoStatementGetsPC1001()
    {
        var result = AnalyzerVerifier.Verify("{|PC1001:|}The county will resurface Mill Lane in April.\n\nWork starts on Monday.", Rules);

        var diagnostic = result.Diagnostics.Where(d => Rules.Contains(d.Id)).ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PC1001");
        diagnostic.Sentence.ShouldBeNull();
    }

    [TestMethod]
    public void AnArticleAboutAiIsNotADisclosure()
    {
        var result = Checkers.Check("The school board said pupils used AI chatbots to write essays.\n\nTeachers want clearer rules on AI tools.");

        result.Diagnostics.ShouldContain(d => d.Id == "PC1001");
    }

    /// <summary>A columnist's "we" about AI is not the newsroom saying how it made the piece.</summary>
    [TestMethod]
    [DataRow("We have all used ChatGPT by now, and most of us have been disappointed.")]
    [DataRow("Our schools should teach pupils how AI works.")]
    public void AWeThatSaysNothingAboutTheMakingIsNotADisclosure(string sentence)
    {
        AnalyzerVerifier.Verify($"{{|PC1001:|}}The bridge reopened on Friday.\n\n{sentence}", Rules);
    }

    [TestMethod]
    public void AWeThatSaysWhatTheAiDidIsADisclosure()
    {
        AnalyzerVerifier.Verify("The bridge reopened on Friday.\n\nWe use AI tools to help draft some headlines; an editor checks each one.", Rules);
        AnalyzerVerifier.Verify("The bridge reopened on Friday.\n\nWe did not use AI.", Rules);
    }

    [TestMethod]
    public void ANegativeStatementCountsAsADisclosure()
    {
        AnalyzerVerifier.Verify("The bridge reopened on Friday.\n\nNo generative AI was used in this article.", Rules);
    }

    /// <summary>Machine translation is AI use (the lexicon had "machine translation" but not the participle).</summary>
    [TestMethod]
    [DataRow("This article was machine-translated from Spanish and checked by our editors.")]
    [DataRow("Parts of this interview were machine translated and reviewed by the reporter.")]
    public void AMachineTranslationStatementIsADisclosure(string statement)
    {
        AnalyzerVerifier.Verify($"The bridge reopened on Friday.\n\n{statement}", Rules);
    }

    /// <summary>A CMS label ("AI use: none.") is about the article it is printed on.</summary>
    [TestMethod]
    [DataRow("AI use: none.")]
    [DataRow("AI involvement: None")]
    [DataRow("Use of AI: none in reporting or writing.")]
    [DataRow("AI use: transcription of the interviews, checked by the reporter.")]
    [DataRow("Made without AI.")]
    [DataRow("AI: not used.")]
    [DataRow("AI: none")]
    public void AnAiLabelIsADisclosure(string label)
    {
        AnalyzerVerifier.Verify($"The bridge reopened on Friday.\n\n{label}", Rules);
    }

    /// <summary>A credit line under a picture or a summary says what AI made, as a photo credit says who took it.</summary>
    [TestMethod]
    [DataRow("AI-generated image.")]
    [DataRow("Illustration generated with Midjourney.")]
    [DataRow("Photo illustration: AI-generated")]
    public void AnAiCreditLineIsADisclosure(string credit)
    {
        var result = Checkers.Check($"The bridge reopened on Friday.\n\n{credit}");

        result.Diagnostics.ShouldNotContain(d => d.Id == "PC1001" || d.Id == "PC1002");
    }

    [TestMethod]
    [DataRow("AI images are everywhere.")]
    [DataRow("AI-generated images flooded social media after the storm.")]
    public void AShortSentenceAboutAiIsNotACreditLine(string sentence)
    {
        Checkers.Check($"The bridge reopened on Friday.\n\n{sentence}").Diagnostics.ShouldContain(d => d.Id == "PC1001");
    }

    [TestMethod]
    public void AHeadingNamingAnAiProductIsNotALabel()
    {
        AnalyzerVerifier.Verify("{|PC1001:|}ChatGPT: how the chatbot answers\n\nThe company said the chatbot was safe.", Rules);
        AnalyzerVerifier.Verify("{|PC1001:|}AI: not just hype\n\nThe company said the chatbot was safe.", Rules);
    }

    [TestMethod]
    public void AHedgedStatementGetsPC1002()
    {
        AnalyzerVerifier.Verify(
            "The bridge reopened on Friday.\n\nThis story was produced by the Courier, which {|PC1002:may have used AI|} in its preparation.",
            Rules);
    }

    [TestMethod]
    public void AHedgedStatementInTheSiteFooterOfAWholePageGetsPC1002()
    {
        // Detection drops the site footer from the body, but readers see it: it is the page's disclosure.
        var result = AnalyzerVerifier.Verify(
            """
            <html><body>
            <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
            <main><article>
            <h1>Bridge reopens after repairs</h1>
            <p>The Mill Lane bridge reopened to traffic on Friday after eight months of repairs to its cracked supports.</p>
            <p>Engineers from the county council replaced two of the four steel bearings and resurfaced the deck.</p>
            <p>The council's highways manager, Priya Nand, said the work had finished a week ahead of schedule.</p>
            </article></main>
            <footer class="site-footer"><p>Stories on this site {|PC1002:may be written with the help of AI tools|}.</p><p><a href="/terms">Terms</a></p></footer>
            </body></html>
            """,
            Rules,
            ArticleFormat.Html);

        ProvenanceCheck.Extraction.ExtractedText.Of(result.Article).ShouldNotContain("Stories on this site");
    }

    [TestMethod]
    public void ADisclosureThatOmitsTheReviewGetsPC1003()
    {
        AnalyzerVerifier.Verify(
            "The bridge reopened on Friday.\n\n{|PC1003:This summary was generated with an AI tool.|}",
            Rules);
    }

    [TestMethod]
    public void ADisclosureCanRunOverItsWholeParagraph()
    {
        AnalyzerVerifier.Verify(
            "The bridge reopened on Friday.\n\n## How we made this story\n\nWe used an AI transcription service to transcribe the briefing. Our reporter checked each quotation against the recording.",
            Rules);
    }

    [TestMethod]
    public void ChatbotResidueGetsPC1004()
    {
        AnalyzerVerifier.Verify(
            "{|PC1004:Certainly!|} Here is the story. The bridge reopened on Friday, {|PC1004:as of my last knowledge update|}.\n\nNo AI was used to write this article.",
            Rules);
    }

    /// <summary>"I hope this helps" closes a chatbot's answer; with words after it, it is someone's reported hope.</summary>
    [TestMethod]
    public void AHopeThatGoesOnIsNotResidue()
    {
        AnalyzerVerifier.Verify("The bridge reopened on Friday. {|PC1004:I hope this helps!|}\n\nNo AI was used to write this article.", Rules);
        AnalyzerVerifier.Verify("I hope this helps the town recover, the mayor said on Friday.\n\nNo AI was used to write this article.", Rules);
    }

    [TestMethod]
    public void ResidueInsideAQuotationIsTheSpeakersWords()
    {
        AnalyzerVerifier.Verify(
            "“Certainly! We will reopen the bridge on Friday,” the mayor said.\n\nNo AI was used to write this article.",
            Rules);
    }

    [TestMethod]
    public void FrontMatterSayingAiWasUsedWithNoVisibleStatementGetsPC1005()
    {
        var result = AnalyzerVerifier.Verify(
            "{|PC1001:|}---\nai_assisted: {|PC1005:true|}\n---\n\nThe bridge reopened on Friday.\n",
            Rules,
            ArticleFormat.Markdown);

        result.Diagnostics.Select(d => d.Id).ShouldBe(["PC1001", "PC1005", "PC4001", "PC4002"], ignoreOrder: true);
        var pc1005 = result.Diagnostics.Single(d => d.Id == "PC1005");
        pc1005.Text.ShouldBe("true");
        pc1005.Location.Start.Line.ShouldBe(1);
    }

    [TestMethod]
    public void MetadataThatAgreesWithTheTextPasses()
    {
        AnalyzerVerifier.Verify(
            "---\nai_assisted: true\n---\n\nThe bridge reopened on Friday.\n\nThis article was translated with an AI tool and checked by our editors.\n",
            Rules,
            ArticleFormat.Markdown);
    }

    [TestMethod]
    public void IptcDigitalSourceTypeInJsonLdIsAnAiSignal()
    {
        var result = Checkers.Check(
            "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"digitalSourceType\":\"http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia\"}</script></head>" +
            "<body><article><p>The bridge reopened on Friday.</p><p>No AI was used in this article.</p></article></body></html>",
            ArticleFormat.Html);

        result.Diagnostics.ShouldContain(d => d.Id == "PC1005" && d.Message.Contains("no AI was used", StringComparison.Ordinal));
    }
}
