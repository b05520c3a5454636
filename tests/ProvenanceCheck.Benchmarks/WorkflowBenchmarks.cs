using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using ProvenanceCheck.Baselines;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Configuration;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Reporting;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Benchmarks;

/// <summary>
/// What the workflow layer adds per article on top of the check itself: configuration resolution (two
/// .provcheck.yaml levels, cached), in-article suppressions, baseline matching and SARIF writing.
/// </summary>
[MemoryDiagnoser]
public class WorkflowBenchmarks
{
    private ArticleChecker _checker = null!;
    private SourceText _seedHtml = null!;
    private SourceText _suppressedHtml = null!;
    private CheckResult _result = null!;
    private Baseline _baseline = null!;
    private ConfigResolver _resolver = null!;
    private string _root = null!;
    private string _article = null!;

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection().AddProvenanceCheck().BuildServiceProvider();
        _checker = services.GetRequiredService<ArticleChecker>();
        var html = File.ReadAllText(BenchmarkPaths.Corpus("seed", "article.html"));
        _seedHtml = new SourceText(html, "article.html");
        var body = html.IndexOf("<article", StringComparison.Ordinal);
        _suppressedHtml = new SourceText(html.Insert(body, "<!-- provcheck-disable PC3001 PC3002 -- benchmark -->\n"), "article.html");
        _result = _checker.Check(_seedHtml, ArticleFormat.Html);
        _root = Path.Combine(Path.GetTempPath(), "provcheck-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_root, "news", "2026"));
        File.WriteAllText(Path.Combine(_root, ".provcheck.yaml"), StarterConfig.Text);
        File.WriteAllText(Path.Combine(_root, "news", ".provcheck.yaml"), "rules:\n  PC3001: error\noverrides:\n  - files: [\"**/*.md\"]\n    rules: {PC3003: none}\n");
        _article = Path.Combine(_root, "news", "2026", "story.html");
        _resolver = new ConfigResolver();
        _baseline = Baseline.FromResults([_result], Path.Combine(_root, "baseline.json"));
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark(Baseline = true)]
    public int CheckSeedHtml() => _checker.Check(_seedHtml, ArticleFormat.Html).Diagnostics.Count;

    [Benchmark]
    public int CheckSeedHtmlWithSuppressionComment() => _checker.Check(_suppressedHtml, ArticleFormat.Html).Diagnostics.Count;

    [Benchmark]
    public int ResolveConfigForOneArticle() => _resolver.Resolve(_article).Severities.Count;

    [Benchmark]
    public int ApplyBaseline() => _baseline.Apply([_result]).Stale;

    [Benchmark]
    public long WriteSarif()
    {
        using var stream = new MemoryStream();
        SarifReportWriter.Write(stream, new Report([_result]), _checker.Policies.Rules, _root);
        return stream.Length;
    }
}
