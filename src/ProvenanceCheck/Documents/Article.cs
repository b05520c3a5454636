using ProvenanceCheck.Text;

namespace ProvenanceCheck.Documents;

/// <summary>
/// The parsed article: an immutable tree of blocks and sentences over the original source,
/// plus its metadata. The analogue of Roslyn's <c>SyntaxTree</c>.
/// </summary>
public sealed class Article
{
    internal Article(SourceText source, ArticleFormat format, IReadOnlyList<Block> blocks, ArticleMetadata metadata, IReadOnlyList<string> notes)
    {
        Source = source;
        Format = format;
        Blocks = blocks;
        Metadata = metadata;
        Notes = notes;
        var sentences = new List<Sentence>();
        for (var i = 0; i < blocks.Count; i++)
        {
            blocks[i].Index = i;
            foreach (var sentence in blocks[i].Sentences)
            {
                sentence.Index = sentences.Count;
                sentences.Add(sentence);
            }
        }

        Sentences = sentences;
        BodyBlocks = [.. blocks.Where(b => b.Region == BlockRegion.Body)];
    }

    /// <summary>The original file.</summary>
    public SourceText Source { get; }

    /// <summary>The format it was read as.</summary>
    public ArticleFormat Format { get; }

    /// <summary>The blocks in reading order.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>Every sentence in reading order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Machine-readable metadata.</summary>
    public ArticleMetadata Metadata { get; }

    /// <summary>Things the reader noticed that a user should know (no body found, encoding guessed, …).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The body blocks (not the footer), in reading order; every rule's scope starts from them.</summary>
    public IReadOnlyList<Block> BodyBlocks { get; }
}
