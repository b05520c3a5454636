using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Analysis;

/// <summary>What the analysis knows about one sentence.</summary>
public sealed class SentenceFacts
{
    internal SentenceFacts(Sentence sentence, IReadOnlyList<Token> tokens, bool[] inQuote)
    {
        Sentence = sentence;
        Tokens = tokens;
        InQuote = inQuote;
    }

    /// <summary>The sentence.</summary>
    public Sentence Sentence { get; }

    /// <summary>Its tokens.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>For each token, whether it stands inside a quotation.</summary>
    public IReadOnlyList<bool> InQuote { get; }

    /// <summary>Number expressions.</summary>
    public IReadOnlyList<NumberExpression> Numbers { get; internal set; } = [];

    /// <summary>Attributions.</summary>
    public IReadOnlyList<Attribution> Attributions { get; internal set; } = [];

    /// <summary>Hedges.</summary>
    public IReadOnlyList<Hedge> Hedges { get; internal set; } = [];

    /// <summary>Quotations that overlap the sentence.</summary>
    public IReadOnlyList<Quotation> Quotations { get; internal set; } = [];

    /// <summary>Whether any attribution in the sentence names its source.</summary>
    public bool HasNamedSource => Attributions.Any(a => a.IsNamed);

    /// <summary>Whether the sentence has any attribution to a recognised source.</summary>
    public bool HasAnySource => Attributions.Any(a => a.Class != SourceClass.Unknown);
}
