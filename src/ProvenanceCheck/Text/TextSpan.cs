namespace ProvenanceCheck.Text;

/// <summary>A half-open range of UTF-16 code units, <c>[Start, End)</c>.</summary>
/// <param name="Start">The first code unit in the span.</param>
/// <param name="Length">The number of code units in the span.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The first code unit after the span.</summary>
    public int End => Start + Length;

    /// <summary>Whether the span covers no text.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Builds a span from its start and end.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    /// <summary>Whether <paramref name="position"/> lies inside the span.</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>Whether <paramref name="other"/> lies wholly inside the span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    public bool OverlapsWith(TextSpan other) => Math.Max(Start, other.Start) < Math.Min(End, other.End);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
