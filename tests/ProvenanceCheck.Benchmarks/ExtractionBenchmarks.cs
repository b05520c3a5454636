using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Documents.Html;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Benchmarks;

/// <summary>
/// What main-content detection costs on the median page of the dev corpus (by size): AngleSharp
/// parsing alone (with the reader's parser options), the reader taking every visible block (<c>--body whole</c>: parse + walk, no
/// detection) and the reader with detection (<c>--body auto</c>).
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private static readonly ReaderOptions Whole = new() { Body = BodyMode.Whole };
    private static readonly ReaderOptions Auto = new() { Body = BodyMode.Auto };
    private readonly HtmlArticleReader _reader = new();

    // The reader reuses one parser per thread (creating one builds a browsing context); the baseline reuses one with
    // the reader's options.
    private readonly (HtmlParser Parser, ElementPositions Positions, ParseBudget Budget) _parser = HtmlArticleReader.CreateParser(TimeSpan.FromHours(1));
    private SourceText _page = null!;

    /// <summary>The page benchmarked (folder name under corpus/pages).</summary>
    public string MedianPage { get; private set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var pages = Directory.GetDirectories(BenchmarkPaths.Corpus("pages"))
            .Select(d => Path.Combine(d, "source.html"))
            .Where(File.Exists)
            .OrderBy(f => new FileInfo(f).Length)
            .ToList();
        var median = pages[pages.Count / 2];
        MedianPage = Path.GetFileName(Path.GetDirectoryName(median))!;
        Console.WriteLine($"// median dev page: {MedianPage} ({new FileInfo(median).Length / 1024} KB)");
        _page = new SourceText(File.ReadAllText(median), median);
    }

    [Benchmark(Baseline = true)]
    public int ParseOnly()
    {
        using var document = _parser.Parser.ParseDocument(_page.Text);
        _parser.Positions.Clear();
        return document.All.Length;
    }

    [Benchmark]
    public int ReadWholePage() => _reader.Read(_page, Whole).Blocks.Count;

    [Benchmark]
    public int ReadWithDetection() => _reader.Read(_page, Auto).Blocks.Count;
}
