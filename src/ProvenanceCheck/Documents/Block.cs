using ProvenanceCheck.Text;

namespace ProvenanceCheck.Documents;

/// <summary>A block of the article: a heading, a paragraph, a list item, a quotation, a caption or a byline.</summary>
public sealed class Block
{
    private IReadOnlyList<Sentence> _sentences = [];

    internal Block(BlockKind kind, MappedText content, BlockRegion region = BlockRegion.Body)
    {
        Kind = kind;
        Content = content;
        Region = region;
    }

    /// <summary>The block's role.</summary>
    public BlockKind Kind { get; }

    /// <summary>Whether the block is part of the body or visible text after it.</summary>
    public BlockRegion Region { get; }

    /// <summary>The block's text with its source map.</summary>
    public MappedText Content { get; }

    /// <summary>The block's text as a reader sees it.</summary>
    public string Text => Content.Text;

    /// <summary>Heading level (1 for the headline); 0 for other blocks.</summary>
    public int Level { get; init; }

    /// <summary>Whether the whole block is set in italics or emphasis (typical of editor's notes).</summary>
    public bool IsEmphasized { get; init; }

    /// <summary>The HTML class and id of the block's element, when it has them (for rules that look for "disclosure" boxes).</summary>
    public string? Marker { get; init; }

    /// <summary>Position of the block in the article, from 0.</summary>
    public int Index { get; internal set; }

    /// <summary>Links inside the block.</summary>
    public IReadOnlyList<Link> Links { get; init; } = [];

    /// <summary>Offsets in <see cref="Text"/> where the page had a single line break (&lt;br&gt;).</summary>
    public IReadOnlyList<int> LineBreaks { get; init; } = [];

    /// <summary>The block's sentences.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentences;

    /// <summary>The block as a span of the original file.</summary>
    public TextSpan SourceSpan => Content.ToSource(new TextSpan(0, Content.Length));

    internal void SetSentences(IReadOnlyList<Sentence> sentences) => _sentences = sentences;

    /// <inheritdoc />
    public override string ToString() => $"{Kind}: {Text}";
}
