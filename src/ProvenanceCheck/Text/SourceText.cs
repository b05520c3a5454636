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
        var span = GetLineSpan(line);
        return Text.Substring(span.Start, span.Length);
    }

    /// <summary>Where a zero-based line is, without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The offset where a zero-based line starts.</summary>
    public int GetLineStart(int line) => _lineStarts[line];

    private static int[] ComputeLineStarts(string text)
    {
        // Pages run to hundreds of kilobytes: a vectorised search for the next break keeps this off the profile.
        var starts = new List<int>(Math.Max(16, text.Length / 64)) { 0 };
        var span = text.AsSpan();
        var i = span.IndexOfAny('\r', '\n');
        while (i >= 0)
        {
            if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
            {
                i++;
            }

            starts.Add(i + 1);
            var next = span[(i + 1)..].IndexOfAny('\r', '\n');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return [.. starts];
    }
}
