using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Benchmarks;

/// <summary>
/// A text with no paragraph breaks (a pasted transcript, a CMS field that lost its line ends), checked as one block of
/// N sentences with quotations and attributions. The time per sentence should not grow with N: a step from N to 4N
/// that costs much more than 4× means something walks the whole block for each sentence or quotation.
/// </summary>
[MemoryDiagnoser]
public class LongParagraphBenchmarks
{
    private static readonly string[] Sentences =
    [
        "The harbour board met on Monday to discuss the budget.",
        "A person familiar with the talks said the chair would resign.",
        "At least 12 people were hurt when the crane failed, the port authority said.",
        "The repairs reportedly cost more than planned.",
        "\"We will publish every figure,\" the chair told reporters.",
    ];

    private ArticleChecker _checker = null!;
    private SourceText _text = null!;

    /// <summary>Sentences in the one paragraph.</summary>
    [Params(1_000, 4_000, 16_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _checker = new ServiceCollection().AddProvenanceCheck().BuildServiceProvider().GetRequiredService<ArticleChecker>();
        _text = new SourceText(string.Join(' ', Enumerable.Range(0, Count).Select(i => Sentences[i % Sentences.Length])), "transcript.txt");
    }

    [Benchmark]
    public int CheckOneParagraph() => _checker.Check(_text, ArticleFormat.Text).Diagnostics.Count;
}
