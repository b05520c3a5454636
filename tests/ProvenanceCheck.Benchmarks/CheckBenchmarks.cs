using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Benchmarks;

/// <summary>One article, default policy set, single thread, after warm-up: the CMS hook's cost per save.</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private ArticleChecker _checker = null!;
    private SourceText _seedHtml = null!;
    private SourceText _seedText = null!;

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection().AddProvenanceCheck().BuildServiceProvider();
        _checker = services.GetRequiredService<ArticleChecker>();
        _seedHtml = new SourceText(File.ReadAllText(BenchmarkPaths.Corpus("seed", "article.html")), "article.html");
        _seedText = new SourceText(File.ReadAllText(BenchmarkPaths.Corpus("seed", "article.txt")), "article.txt");
    }

    [Benchmark(Baseline = true)]
    public int CheckSeedHtml() => _checker.Check(_seedHtml, ArticleFormat.Html).Diagnostics.Count;

    [Benchmark]
    public int CheckSeedText() => _checker.Check(_seedText, ArticleFormat.Text).Diagnostics.Count;

    [Benchmark]
    public int ReadSeedHtmlOnly() => _checker.Read(_seedHtml, ArticleFormat.Html).Sentences.Count;
}
