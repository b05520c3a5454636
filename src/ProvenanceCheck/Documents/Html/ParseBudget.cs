using System.Diagnostics;

namespace ProvenanceCheck.Documents.Html;

/// <summary>
/// A time limit on building one page's tree. AngleSharp's tree builder is quadratic on pathological nesting
/// (20,000 unclosed &lt;div&gt;s take seconds, 100,000 take minutes, whatever its depth limit): past the limit the page
/// becomes an input error instead of a hung hook, or a core kept busy after the service has timed the request out.
/// Real pages stay far below it: a 1.6 MB news page builds in about 15 ms.
/// </summary>
internal sealed class ParseBudget(TimeSpan limit)
{
    /// <summary>
    /// The limit the reader uses: under the service's 10 s request timeout, and far above legitimate extremes (10,000
    /// nested elements, which the extraction tests read, take about 2 s; more than 5 s on a machine busy with other work).
    /// </summary>
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(9);

    // Reading the clock for every element would cost more than the guard is worth.
    private const int ElementsPerCheck = 256;

    private long _deadline;
    private int _elements;

    /// <summary>Starts the clock for a new page.</summary>
    public void Start()
    {
        _elements = 0;
        _deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>Counts a created element; the parser's <c>OnCreated</c> callback.</summary>
    /// <exception cref="InputException">The page has taken longer than the limit.</exception>
    public void Tick()
    {
        if (++_elements % ElementsPerCheck == 0 && Stopwatch.GetTimestamp() > _deadline)
        {
            throw new InputException(
                $"the page's markup took more than {limit.TotalSeconds:0.###} s to parse ({_elements} elements so far); it nests too deeply to read");
        }
    }
}
