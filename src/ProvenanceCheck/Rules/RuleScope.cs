using ProvenanceCheck.Analysis;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Rules;

/// <summary>Which sentences a rule looks at.</summary>
public sealed record RuleScope
{
    /// <summary>The names a policy may use in <c>scope:</c>.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["body", "paragraphs", "headings", "headline", "top", "page", "footer", "disclosure", "first-paragraphs", "last-paragraphs"];

    /// <summary>The scope's name.</summary>
    public string Name { get; init; } = "body";

    /// <summary>For first/last-paragraphs: how many.</summary>
    public int Count { get; init; } = 1;

    /// <summary>Block kinds to leave out (for example captions).</summary>
    public IReadOnlySet<BlockKind> SkipKinds { get; init; } = new HashSet<BlockKind>();

    /// <summary>The sentences in scope, in reading order.</summary>
    public IReadOnlyList<Sentence> Sentences(ArticleFacts facts)
    {
        // Every rule asks this of every article: indexed loops, not SelectMany over each block's sentence list.
        var sentences = new List<Sentence>();
        foreach (var block in Blocks(facts))
        {
            var blockSentences = block.Sentences;
            for (var i = 0; i < blockSentences.Count; i++)
            {
                if (Name != "disclosure" || IsDisclosure(blockSentences[i], facts))
                {
                    sentences.Add(blockSentences[i]);
                }
            }
        }

        return sentences;
    }

    private static bool IsDisclosure(Sentence sentence, ArticleFacts facts) => facts.DisclosuresIn(sentence).Count > 0;

    /// <summary>Whether one sentence is in scope.</summary>
    public bool Contains(Sentence sentence, ArticleFacts facts) => Sentences(facts).Contains(sentence);

    /// <summary>Whether a sentence is in scope, for scopes that do not depend on position (cheap per-sentence test).</summary>
    public bool ContainsCheap(Sentence sentence)
    {
        var block = sentence.Block;
        if (SkipKinds.Contains(block.Kind))
        {
            return false;
        }

        return Name switch
        {
            "body" => block.Region == BlockRegion.Body,
            "paragraphs" => block.Region == BlockRegion.Body && block.Kind != BlockKind.Heading,
            "headings" => block.Region == BlockRegion.Body && block.Kind == BlockKind.Heading,
            "page" => true,
            "footer" => block.Region == BlockRegion.Footer,
            _ => false,
        };
    }

    /// <summary>Whether <see cref="ContainsCheap"/> decides this scope alone.</summary>
    public bool IsPerSentence => Name is "body" or "paragraphs" or "headings" or "page" or "footer";

    private IEnumerable<Block> Blocks(ArticleFacts facts)
    {
        var article = facts.Article;
        var body = SkipKinds.Count == 0 ? article.BodyBlocks : [.. article.BodyBlocks.Where(b => !SkipKinds.Contains(b.Kind))];
        return Name switch
        {
            "body" => body,
            "paragraphs" => body.Where(b => b.Kind != BlockKind.Heading),
            "headings" => body.Where(b => b.Kind == BlockKind.Heading),
            "headline" => body.Take(1).Where(b => b.Kind == BlockKind.Heading),
            "top" => body.Take(Count + body.TakeWhile(b => b.Kind is BlockKind.Heading or BlockKind.Byline).Count()),
            "footer" => article.Blocks.Where(b => b.Region == BlockRegion.Footer),
            "first-paragraphs" => body.Where(b => b.Kind != BlockKind.Heading).Take(Count),
            "last-paragraphs" => body.Where(b => b.Kind != BlockKind.Heading).TakeLast(Count),
            _ => article.Blocks.Where(b => !SkipKinds.Contains(b.Kind)),
        };
    }
}
