using ProvenanceCheck.Documents;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Analysis;

/// <summary>
/// Facts computed once per article and shared by every analyzer: tokens, numbers, attributions,
/// hedges, quotations and AI-use statements. The analogue of Roslyn's <c>SemanticModel</c>.
/// </summary>
public sealed class ArticleFacts
{
    private const int MaxLookBack = 64;

    // Shared: "[]" beside a List in a conditional would make a new list for every sentence asked about.
    private static readonly IReadOnlyList<DisclosureStatement> NoDisclosures = [];

    private readonly Dictionary<Sentence, SentenceFacts> _sentences = [];
    private readonly List<SentenceFacts> _ordered = [];
    private readonly Lazy<IReadOnlyList<DisclosureStatement>> _disclosures;
    private readonly Lazy<Dictionary<Sentence, List<DisclosureStatement>>> _disclosuresBySentence;

    /// <summary>Computes the facts of an article with the given lexicons.</summary>
    public ArticleFacts(Article article, AnalysisLexicons lexicons)
    {
        Article = article;
        Lexicons = lexicons;
        var quotations = new List<Quotation>();
        var attributions = new List<Attribution>();
        var finder = new AttributionFinder(lexicons);
        var words = TokenWords.Current;
        foreach (var block in article.Blocks)
        {
            var blockQuotes = QuotationFinder.Find(block);
            quotations.AddRange(blockQuotes);
            var firstQuote = 0;
            foreach (var sentence in block.Sentences)
            {
                var facts = Tokenize(sentence, blockQuotes, words, ref firstQuote);
                facts.Numbers = NumberFinder.Find(facts.Tokens, sentence.Text, lexicons);
                facts.Attributions = finder.Find(sentence, facts.Tokens, facts.InQuote.ToArray(), head => ResolveBack(attributions, block, head));
                attributions.AddRange(facts.Attributions);
                _sentences[sentence] = facts;
                _ordered.Add(facts);
            }
        }

        MarkExplainedAnonymity();
        Attributions = [.. _ordered.SelectMany(f => f.Attributions)];
        foreach (var facts in _ordered)
        {
            facts.Hedges = HedgeFinder.Find(facts, lexicons);
        }

        QuoteSpeakers.Assign(quotations, this);
        Quotations = quotations;
        _disclosures = new Lazy<IReadOnlyList<DisclosureStatement>>(() => DisclosureFinder.Find(this));
        _disclosuresBySentence = new Lazy<Dictionary<Sentence, List<DisclosureStatement>>>(IndexDisclosures);
    }

    /// <summary>The article.</summary>
    public Article Article { get; }

    /// <summary>The lexicons the facts were computed with.</summary>
    public AnalysisLexicons Lexicons { get; }

    /// <summary>Every attribution, in reading order.</summary>
    public IReadOnlyList<Attribution> Attributions { get; }

    /// <summary>The facts of every sentence, in reading order.</summary>
    public IReadOnlyList<SentenceFacts> Sentences => _ordered;

    /// <summary>Every quotation, in reading order.</summary>
    public IReadOnlyList<Quotation> Quotations { get; }

    /// <summary>Visible statements about the article's use of AI.</summary>
    public IReadOnlyList<DisclosureStatement> Disclosures => _disclosures.Value;

    /// <summary>
    /// The statements about AI use made in one sentence (for most sentences, none). Rules ask this of every sentence:
    /// searching the article's list each time made an article of 30,000 statements take minutes.
    /// </summary>
    public IReadOnlyList<DisclosureStatement> DisclosuresIn(Sentence sentence) =>
        _disclosuresBySentence.Value.TryGetValue(sentence, out var statements) ? statements : NoDisclosures;

    /// <summary>The facts of one sentence.</summary>
    public SentenceFacts this[Sentence sentence] => _sentences[sentence];

    /// <summary>The sentence with its neighbours in the same paragraph (LABELING.md's "window").</summary>
    public static IEnumerable<Sentence> Window(Sentence sentence, int size)
    {
        var block = sentence.Block;
        var from = Math.Max(0, sentence.IndexInBlock - size);
        var to = Math.Min(block.Sentences.Count - 1, sentence.IndexInBlock + size);
        for (var i = from; i <= to; i++)
        {
            yield return block.Sentences[i];
        }
    }

    private Dictionary<Sentence, List<DisclosureStatement>> IndexDisclosures()
    {
        var index = new Dictionary<Sentence, List<DisclosureStatement>>();
        foreach (var disclosure in Disclosures)
        {
            if (!index.TryGetValue(disclosure.Sentence, out var statements))
            {
                index[disclosure.Sentence] = statements = [];
            }

            statements.Add(disclosure);
        }

        return index;
    }

    /// <summary>
    /// Tokens and the quotations a sentence overlaps. A block's quotations are in order and do not overlap, and so are
    /// its sentences: <paramref name="firstQuote"/> moves past the quotations that end before this sentence, so a
    /// long block costs its quotations once, not once per sentence.
    /// </summary>
    private static SentenceFacts Tokenize(Sentence sentence, List<Quotation> blockQuotes, TokenWords words, ref int firstQuote)
    {
        var tokens = Tokenizer.Tokenize(sentence.Text, words);
        var inQuote = new bool[tokens.Count];
        var overlapping = new List<Quotation>();
        while (firstQuote < blockQuotes.Count && blockQuotes[firstQuote].Span.End <= sentence.Span.Start)
        {
            firstQuote++;
        }

        var sentenceEnd = sentence.Span.Start + Math.Max(sentence.Span.Length, sentence.Text.Length);
        for (var q = firstQuote; q < blockQuotes.Count && blockQuotes[q].Span.Start < sentenceEnd; q++)
        {
            var quote = blockQuotes[q];
            var local = TextSpan.FromBounds(quote.Span.Start - sentence.Span.Start, quote.Span.End - sentence.Span.Start);
            if (!local.OverlapsWith(new TextSpan(0, sentence.Text.Length)))
            {
                continue;
            }

            overlapping.Add(quote);
            for (var i = 0; i < tokens.Count; i++)
            {
                inQuote[i] |= local.Contains(tokens[i].Span.Start);
            }
        }

        return new SentenceFacts(sentence, tokens, inQuote) { Quotations = overlapping };
    }

    /// <summary>What an earlier source with this head (or, for a pronoun, the last source) was: named or not.</summary>
    private static SourceClass? ResolveBack(List<Attribution> earlier, Block block, string head)
    {
        // Four paragraphs back never hold this many attributions in an article; a one-paragraph text of thousands
        // of sentences would otherwise search all of them for every new one.
        var stop = Math.Max(0, earlier.Count - MaxLookBack);
        for (var i = earlier.Count - 1; i >= stop; i--)
        {
            var attribution = earlier[i];
            var distance = block.Index - attribution.Sentence.Block.Index;
            if (distance > 4 || (head == "*pronoun*" && distance > 1))
            {
                break;
            }

            if (attribution.Class == SourceClass.Unknown)
            {
                continue;
            }

            if (head == "*pronoun*" || SameHead(attribution.Head, head))
            {
                return attribution.Class;
            }
        }

        return null;
    }

    private static bool SameHead(string? a, string b) =>
        a is not null && (a == b || a + "s" == b || b + "s" == a);

    private void MarkExplainedAnonymity()
    {
        foreach (var facts in _ordered)
        {
            if (!facts.Attributions.Any(a => a.Class == SourceClass.Unnamed))
            {
                continue;
            }

            var explained = Window(facts.Sentence, 1).Any(s => Lexicons.AnonymityExplanations.AnyMatch(_sentences[s].Tokens));
            if (explained)
            {
                facts.Attributions = [.. facts.Attributions.Select(a => a.Class == SourceClass.Unnamed ? a with { AnonymityExplained = true } : a)];
            }
        }
    }
}
