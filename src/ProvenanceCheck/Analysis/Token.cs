using ProvenanceCheck.Text;

namespace ProvenanceCheck.Analysis;

/// <summary>A word, number or punctuation mark of a sentence.</summary>
public readonly record struct Token
{
    /// <summary>A token.</summary>
    /// <param name="text">The token as written.</param>
    /// <param name="span">Its span in the sentence text.</param>
    /// <param name="kind">What sort of token it is.</param>
    public Token(string text, TextSpan span, TokenKind kind)
    {
        Text = text;
        Span = span;
        Kind = kind;
        Lower = text.ToLowerInvariant().Replace('’', '\'');
        (WordId, WordIdGeneration) = LexiconWords.Find(Lower);
    }

    internal Token(string text, string lower, int wordId, int wordIdGeneration, TextSpan span, TokenKind kind)
    {
        Text = text;
        Span = span;
        Kind = kind;
        Lower = lower;
        WordId = wordId;
        WordIdGeneration = wordIdGeneration;
    }

    /// <summary>The token as written.</summary>
    public string Text { get; }

    /// <summary>Its span in the sentence text.</summary>
    public TextSpan Span { get; }

    /// <summary>What sort of token it is.</summary>
    public TokenKind Kind { get; }

    /// <summary>The token in lower case, for lexicon look-ups (computed once: matchers read it constantly).</summary>
    public string Lower { get; }

    /// <summary>The lower-case word's number in <see cref="LexiconWords"/>, looked up once for every matcher (read it through <see cref="LexiconWords.IdOf"/>).</summary>
    internal int WordId { get; }

    /// <summary>The <see cref="LexiconWords.Generation"/> <see cref="WordId"/> was looked up in.</summary>
    internal int WordIdGeneration { get; }

    /// <summary>Tokens are equal when they are the same text at the same place; the cached look-up fields do not count.</summary>
    public bool Equals(Token other) => Text == other.Text && Span == other.Span && Kind == other.Kind;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Span, Kind);

    /// <summary>Whether the token is a word that starts with a capital letter.</summary>
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    /// <summary>Whether the token is punctuation equal to <paramref name="text"/>.</summary>
    public bool IsPunct(string text) => Kind == TokenKind.Punctuation && Text == text;
}
