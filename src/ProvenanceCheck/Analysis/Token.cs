using ProvenanceCheck.Text;

namespace ProvenanceCheck.Analysis;

/// <summary>A word, number or punctuation mark of a sentence.</summary>
/// <param name="Text">The token as written.</param>
/// <param name="Span">Its span in the sentence text.</param>
/// <param name="Kind">What sort of token it is.</param>
public readonly record struct Token(string Text, TextSpan Span, TokenKind Kind)
{
    /// <summary>The token in lower case, for lexicon look-ups (computed once: matchers read it constantly).</summary>
    public string Lower { get; } = Text.ToLowerInvariant().Replace('’', '\'');

    /// <summary>Whether the token is a word that starts with a capital letter.</summary>
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    /// <summary>Whether the token is punctuation equal to <paramref name="text"/>.</summary>
    public bool IsPunct(string text) => Kind == TokenKind.Punctuation && Text == text;
}
