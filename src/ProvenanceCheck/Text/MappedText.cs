namespace ProvenanceCheck.Text;

/// <summary>
/// Reader-visible text (entities decoded, tags removed, white space folded) that remembers,
/// for every character, the range of the original file it came from. This is the source map
/// that keeps diagnostics exact through markup.
/// </summary>
/// <remarks>
/// The map is kept as runs: characters copied one for one from consecutive source characters share one entry, so
/// only tags, entities and folded white space cost memory. A map of two offsets per character was 8 bytes for every
/// character of a page (70 MB of a 9 MB page's 120 MB); it is only read when a diagnostic is placed.
/// </remarks>
public sealed class MappedText
{
    // Run r covers text [_runStarts[r], _runStarts[r + 1]); its characters come from consecutive source characters
    // starting at _sourceStarts[r], each one long, except that the last one ends at _lastEnds[r].
    private readonly int[] _runStarts;
    private readonly int[] _sourceStarts;
    private readonly int[] _lastEnds;

    internal MappedText(string text, int[] runStarts, int[] sourceStarts, int[] lastEnds)
    {
        Text = text;
        _runStarts = runStarts;
        _sourceStarts = sourceStarts;
        _lastEnds = lastEnds;
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
            return new TextSpan(StartOf(start), 0);
        }

        var last = Math.Clamp(span.End - 1, start, Text.Length - 1);
        return TextSpan.FromBounds(StartOf(start), Math.Max(StartOf(start), EndOf(last)));
    }

    /// <summary>The offset in the original file of the character at <paramref name="index"/>.</summary>
    public int SourceOffsetAt(int index) => Text.Length == 0 ? 0 : StartOf(Math.Clamp(index, 0, Text.Length - 1));

    /// <summary>A part of this text, with its source map.</summary>
    public MappedText Slice(TextSpan span)
    {
        if (span.Length == 0)
        {
            return new MappedText("", [], [], []);
        }

        var first = RunOf(span.Start);
        var last = RunOf(span.End - 1);
        var count = last - first + 1;
        var runStarts = new int[count];
        var sourceStarts = new int[count];
        var lastEnds = new int[count];
        for (var i = 0; i < count; i++)
        {
            var r = first + i;
            runStarts[i] = Math.Max(_runStarts[r], span.Start) - span.Start;
            sourceStarts[i] = StartOf(span.Start + runStarts[i]);
            lastEnds[i] = _lastEnds[r];
        }

        lastEnds[count - 1] = EndOf(span.End - 1);
        return new MappedText(Text.Substring(span.Start, span.Length), runStarts, sourceStarts, lastEnds);
    }

    internal MappedText Shift(int delta) =>
        new(Text, _runStarts, [.. _sourceStarts.Select(o => o + delta)], [.. _lastEnds.Select(o => o + delta)]);

    private int StartOf(int index)
    {
        var r = RunOf(index);
        return _sourceStarts[r] + (index - _runStarts[r]);
    }

    private int EndOf(int index)
    {
        var r = RunOf(index);
        var runEnd = r + 1 < _runStarts.Length ? _runStarts[r + 1] : Text.Length;
        return index == runEnd - 1 ? _lastEnds[r] : _sourceStarts[r] + (index - _runStarts[r]) + 1;
    }

    private int RunOf(int index)
    {
        var found = Array.BinarySearch(_runStarts, index);
        return found >= 0 ? found : ~found - 1;
    }
}
