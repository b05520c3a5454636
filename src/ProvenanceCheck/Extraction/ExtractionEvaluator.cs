using ProvenanceCheck.Documents;
using ProvenanceCheck.Documents.Html;

namespace ProvenanceCheck.Extraction;

/// <summary>
/// Runs the HTML reader over a folder of pages laid out as <c>&lt;name&gt;/source.html</c> +
/// <c>&lt;name&gt;/expected.txt</c> and scores the extracted body text against the expected text.
/// </summary>
public sealed class ExtractionEvaluator
{
    /// <summary>The page file in each folder.</summary>
    public const string SourceFile = "source.html";

    /// <summary>The expected text in each folder.</summary>
    public const string ExpectedFile = "expected.txt";

    private readonly HtmlArticleReader _reader = new();

    /// <summary>Scores every page folder under <paramref name="pagesDirectory"/> that has both files, in name order.</summary>
    public ExtractionEvaluation Evaluate(string pagesDirectory, ReaderOptions? options = null)
    {
        if (!Directory.Exists(pagesDirectory))
        {
            throw new InputException($"{pagesDirectory}: no such folder");
        }

        var results = new List<ExtractionPageResult>();
        foreach (var folder in Directory.EnumerateDirectories(pagesDirectory).Order(StringComparer.Ordinal))
        {
            var sourcePath = Path.Combine(folder, SourceFile);
            var expectedPath = Path.Combine(folder, ExpectedFile);
            if (File.Exists(sourcePath) && File.Exists(expectedPath))
            {
                results.Add(EvaluatePage(Path.GetFileName(folder), sourcePath, File.ReadAllText(expectedPath), options ?? ReaderOptions.Default));
            }
        }

        return new ExtractionEvaluation(results);
    }

    private ExtractionPageResult EvaluatePage(string name, string sourcePath, string expected, ReaderOptions options)
    {
        var article = _reader.Read(SourceDecoder.ReadFile(sourcePath, ArticleFormat.Html), options);
        return new ExtractionPageResult(name, ShingleScore.Compare(expected, ExtractedText.Of(article)), article.Notes);
    }
}
