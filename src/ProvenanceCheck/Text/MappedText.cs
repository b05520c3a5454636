namespace ProvenanceCheck.Text;

/// <summary>
/// Reader-visible text (entities decoded, tags removed, white space folded) that remembers,
/// for every character, the range of the original file it came from. This is the source map
/// that keeps diagnostics exact through markup.
/// </summary>
public sealed class MappedText
{
    private readonly int[] _sourceStarts;
    private readonly int[] _sourceEnds;

    internal MappedText(string text, int[] sourceStarts, int[] sourceEnds)
    {
        Text = text;
        _sourceStarts = sourceStarts;
        _sourceEnds = sourceEnds;
    }

    /// <summary>The text as a reader sees it.</summary>
    public string Text { get; }

    /// <summary>The length of <see cref="Text"/>.</summary>
    public int Length => Text.Length;

    /// <summary>Maps a span of <see cref="Text"/> to the span of the original file it came from.</summary>
    public TextSpan ToSource(TextSpan span)
    {
        if (Text.Length == 0)
        {
            return new TextSpan(_sourceStarts.Length > 0 ? _sourceStarts[0] : 0, 0);
        }

        var start = Math.Clamp(span.Start, 0, Text.Length - 1);
        if (span.Length == 0)
        {
            return new TextSpan(_sourceStarts[start], 0);
        }

        var last = Math.Clamp(span.End - 1, start, Text.Length - 1);
        return TextSpan.FromBounds(_sourceStarts[start], Math.Max(_sourceStarts[start], _sourceEnds[last]));
    }

    /// <summary>The source offset of one character of <see cref="Text"/>.</summary>
    public int SourceOffsetAt(int index) => _sourceStarts[Math.Clamp(index, 0, _sourceStarts.Length - 1)];

    /// <summary>A copy of part of this text that keeps its mapping.</summary>
    public MappedText Slice(TextSpan span) =>
        new(Text.Substring(span.Start, span.Length), _sourceStarts[span.Start..span.End], _sourceEnds[span.Start..span.End]);

    /// <summary>The same text with every source offset moved by <paramref name="delta"/> (for fragments read out of a larger file).</summary>
    internal MappedText Shift(int delta) =>
        new(Text, [.. _sourceStarts.Select(o => o + delta)], [.. _sourceEnds.Select(o => o + delta)]);
}
