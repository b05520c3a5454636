using ProvenanceCheck.Documents;
using ProvenanceCheck.Evaluation;
using ProvenanceCheck.Tests.Infrastructure;

namespace ProvenanceCheck.Tests.Corpus;

/// <summary>
/// The article that started the project: every labelled sentence is flagged with its label's family,
/// no other sentence is, the disclosure gets PC1002, and in the HTML page every diagnostic points at
/// the flagged text in the file as written.
/// </summary>
[TestClass]
public sealed class SeedArticleTests
{
    private static readonly Dictionary<string, string[]> Families = new()
    {
        ["hearsay"] = ["PC3001", "PC3002", "PC3003"],
        ["casualty-unsourced"] = ["PC2001", "PC2002"],
    };

    private static readonly string[] SentenceFamilyRules = ["PC2001", "PC2002", "PC3001", "PC3002", "PC3003", "PC3004"];

    [TestMethod]
    [DataRow("article.txt", ArticleFormat.Text)]
    [DataRow("article.html", ArticleFormat.Html)]
    public void EveryLabelledSentenceIsFlaggedWithItsFamilyAndNoOther(string file, ArticleFormat format)
    {
        var labels = LabelFile.Load(Checkers.CorpusPath("labels", "seed.json"));
        var result = Checkers.Default.Check(SourceDecoder.ReadFile(Checkers.CorpusPath("seed", file), format), format);
        var flagged = result.Diagnostics.Where(d => SentenceFamilyRules.Contains(d.Id)).ToList();

        foreach (var labelled in labels.Sentences)
        {
            foreach (var label in labelled.Labels)
            {
                flagged.ShouldContain(d => d.Sentence == labelled.Text && Families[label].Contains(d.Id), $"'{labelled.Text}' should carry a {label} diagnostic");
            }
        }

        var labelledTexts = labels.Sentences.Select(s => s.Text).ToHashSet();
        flagged.Where(d => !labelledTexts.Contains(d.Sentence!)).ShouldBeEmpty("only labelled sentences are flagged");
    }

    [TestMethod]
    [DataRow("article.txt", ArticleFormat.Text)]
    [DataRow("article.html", ArticleFormat.Html)]
    public void TheHedgedDisclosureGetsPC1002AndNotPC1001(string file, ArticleFormat format)
    {
        var result = Checkers.Default.Check(SourceDecoder.ReadFile(Checkers.CorpusPath("seed", file), format), format);

        result.Diagnostics.ShouldContain(d => d.Id == "PC1002" && d.Text == "may have used AI");
        result.Diagnostics.ShouldNotContain(d => d.Id == "PC1001");
    }

    [TestMethod]
    public void EveryHtmlDiagnosticPointsAtTheFlaggedTextInTheFile()
    {
        var source = SourceDecoder.ReadFile(Checkers.CorpusPath("seed", "article.html"), ArticleFormat.Html);
        var result = Checkers.Default.Check(source, ArticleFormat.Html);

        result.Diagnostics.Count.ShouldBeGreaterThan(14);
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Sentence is not null))
        {
            var raw = source.Text.Substring(diagnostic.Span.Start, diagnostic.Span.Length);
            HtmlSourceText.Decode(raw).ShouldBe(diagnostic.Text, $"{diagnostic.Id} at offset {diagnostic.Span.Start}");
            var line = source.GetLineText(diagnostic.Location.Start.Line);
            var lineStart = source.GetLineStart(diagnostic.Location.Start.Line);
            (lineStart + diagnostic.Location.Start.Character).ShouldBe(diagnostic.Span.Start);
            line.Length.ShouldBeGreaterThanOrEqualTo(diagnostic.Location.Start.Character);
        }
    }

    [TestMethod]
    public void EntitiesInsideAFlaggedSpanMapToTheWholeEntity()
    {
        var source = SourceDecoder.ReadFile(Checkers.CorpusPath("seed", "article.html"), ArticleFormat.Html);
        var result = Checkers.Default.Check(source, ArticleFormat.Html);

        var quoted = result.Diagnostics.Single(d => d.Id == "PC3001" && d.Sentence!.StartsWith("“There is no mood", StringComparison.Ordinal));
        quoted.Text.ShouldBe("a source close to the Russian administration");
        source.Text.Substring(quoted.Span.Start - 8, 8).ShouldBe("&rdquo; ");
        (quoted.Location.Start.Line + 1).ShouldBe(35);
        (quoted.Location.Start.Character + 1).ShouldBe(61);
    }
}
