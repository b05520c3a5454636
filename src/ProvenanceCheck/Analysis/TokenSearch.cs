namespace ProvenanceCheck.Analysis;

/// <summary>
/// Binary searches over a sentence's tokens, which are in order and do not overlap. Rules look up a token for every
/// claim and claim term; scanning from the start each time made a 3 MB sentence of 100,000 claims run for hours.
/// </summary>
internal static class TokenSearch
{
    /// <summary>The index of the first token that starts at or after <paramref name="offset"/> (the count when none does).</summary>
    public static int FirstStartingFrom(IReadOnlyList<Token> tokens, int offset)
    {
        var (low, high) = (0, tokens.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = tokens[middle].Span.Start >= offset ? (low, middle) : (middle + 1, high);
        }

        return low;
    }

    /// <summary>The index of the first token that ends after <paramref name="offset"/> (the count when none does).</summary>
    public static int FirstEndingAfter(IReadOnlyList<Token> tokens, int offset)
    {
        var (low, high) = (0, tokens.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = tokens[middle].Span.End > offset ? (low, middle) : (middle + 1, high);
        }

        return low;
    }

    /// <summary>Whether a sorted list of token indexes holds one from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static bool AnyBetween(List<int> sortedIndexes, int from, int to)
    {
        var (low, high) = (0, sortedIndexes.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = sortedIndexes[middle] >= from ? (low, middle) : (middle + 1, high);
        }

        return low < sortedIndexes.Count && sortedIndexes[low] <= to;
    }
}
