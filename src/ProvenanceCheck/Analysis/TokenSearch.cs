namespace ProvenanceCheck.Analysis;

/// <summary>
/// Binary searches over a sentence's tokens, which are in order and do not overlap. Rules look up a token for every
/// claim and claim term; scanning from the start each time made a 3 MB sentence of 100,000 claims run for hours.
/// </summary>
internal static class TokenSearch
{
    /// <summary>The index of the first token that starts at or after <paramref name="offset"/> (the count when none does).</summary>
    public static int FirstStartingFrom(IReadOnlyList<Token> tokens, int offset) => LowerBound(tokens.Count, i => tokens[i].Span.Start >= offset);

    /// <summary>The index of the first token that ends after <paramref name="offset"/> (the count when none does).</summary>
    public static int FirstEndingAfter(IReadOnlyList<Token> tokens, int offset) => LowerBound(tokens.Count, i => tokens[i].Span.End > offset);

    /// <summary>Whether a sorted list of token indexes holds one from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static bool AnyBetween(List<int> sortedIndexes, int from, int to)
    {
        var first = LowerBound(sortedIndexes.Count, i => sortedIndexes[i] >= from);
        return first < sortedIndexes.Count && sortedIndexes[first] <= to;
    }

    /// <summary>The first index in [0, count) where a condition that turns true once and stays true holds.</summary>
    private static int LowerBound(int count, Func<int, bool> holds)
    {
        var (low, high) = (0, count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (holds(middle))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
