namespace ProvenanceCheck.Text;

/// <summary>
/// The decoded text of one input file with its line table. Every position the engine reports
/// is an offset into <see cref="Text"/>, the file as written (after character decoding).
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>Wraps decoded file content.</summary>
    /// <param name="text">The whole decoded file.</param>
    /// <param name="path">The path shown in diagnostics.</param>
    public SourceText(string text, string path)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Path = path;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The decoded file content.</summary>
    public string Text { get; }

    /// <summary>The path shown in diagnostics (as the user named it).</summary>
    public string Path { get; }

    /// <summary>The number of lines in the file.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Maps an offset to a zero-based line and column.</summary>
    public LinePosition GetLinePosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LinePosition(line, offset - _lineStarts[line]);
    }

    /// <summary>Maps a span to its start and end lines and columns.</summary>
    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The text of a zero-based line, without its line break.</summary>
    public string GetLineText(int line)
    {
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return Text[start..end];
    }

    /// <summary>The offset where a zero-based line starts.</summary>
    public int GetLineStart(int line) => _lineStarts[line];

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
