using ProvenanceCheck.Text;

namespace ProvenanceCheck.Analysis;

/// <summary>A quantity in a sentence: "1,200", "three", "a million", "more than 40", "tens of thousands".</summary>
public sealed record NumberExpression
{
    /// <summary>The expression as a span of the sentence text (approximator included).</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The expression as written.</summary>
    public required string Text { get; init; }

    /// <summary>First token of the expression.</summary>
    public required int StartToken { get; init; }

    /// <summary>One past the last token.</summary>
    public required int EndToken { get; init; }

    /// <summary>The value, when it is exact enough to have one ("dozens" has none).</summary>
    public double? Value { get; init; }

    /// <summary>"more than", "at least", "nearly"…</summary>
    public bool IsApproximate { get; init; }

    /// <summary>"dozens", "hundreds", "scores", "tens of thousands".</summary>
    public bool IsVague { get; init; }

    /// <summary>The noun that the quantity counts ("troops", "months"), if one follows within a few words.</summary>
    public string? Unit { get; init; }

    /// <summary>Whether it reads as someone's age ("63-year-old", "Yoon, 63,").</summary>
    public bool IsAge { get; init; }
}
