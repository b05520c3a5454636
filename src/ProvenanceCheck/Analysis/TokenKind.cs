namespace ProvenanceCheck.Analysis;

/// <summary>The sort of a <see cref="Token"/>.</summary>
public enum TokenKind
{
    /// <summary>Letters, with inner apostrophes, hyphens or dots ("don't", "pro-Kremlin", "U.S.").</summary>
    Word,

    /// <summary>Digits with separators and decimals ("1,200", "3.5").</summary>
    Number,

    /// <summary>Any other single character.</summary>
    Punctuation,
}
