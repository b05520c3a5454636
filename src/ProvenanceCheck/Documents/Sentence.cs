using ProvenanceCheck.Text;

namespace ProvenanceCheck.Documents;

/// <summary>One sentence of a block. Headings, captions and bylines are one sentence each unless they hold several.</summary>
public sealed class Sentence
{
    internal Sentence(Block block, int index, TextSpan span)
    {
        Block = block;
        IndexInBlock = index;
        Span = span;
        Text = block.Text.Substring(span.Start, span.Length);
    }

    /// <summary>The block the sentence belongs to.</summary>
    public Block Block { get; }

    /// <summary>Position of the sentence within its block, from 0.</summary>
    public int IndexInBlock { get; }

    /// <summary>Position of the sentence within the article, from 0.</summary>
    public int Index { get; internal set; }

    /// <summary>The sentence as a reader sees it.</summary>
    public string Text { get; }

    /// <summary>The sentence as a span of its block's text.</summary>
    public TextSpan Span { get; }

    /// <summary>The sentence as a span of the original file.</summary>
    public TextSpan SourceSpan => Block.Content.ToSource(Span);

    /// <summary>The previous sentence in the same block, if any.</summary>
    public Sentence? Previous => IndexInBlock > 0 ? Block.Sentences[IndexInBlock - 1] : null;

    /// <summary>The next sentence in the same block, if any.</summary>
    public Sentence? Next => IndexInBlock + 1 < Block.Sentences.Count ? Block.Sentences[IndexInBlock + 1] : null;

    /// <summary>Maps a span of this sentence's text to the original file.</summary>
    public TextSpan ToSource(TextSpan spanInSentence) =>
        Block.Content.ToSource(new TextSpan(Span.Start + spanInSentence.Start, spanInSentence.Length));

    /// <inheritdoc />
    public override string ToString() => Text;
}
