using System.Text;

namespace ProvenanceCheck.Text;

/// <summary>
/// Accumulates reader-visible text one piece at a time, each piece with the source range it came
/// from, folding runs of white space into one space the way a browser renders them.
/// </summary>
internal sealed class MappedTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _starts = [];
    private readonly List<int> _ends = [];
    private bool _pendingSpace;
    private int _pendingSpaceStart;
    private int _pendingSpaceEnd;

    public int Length => _text.Length;

    public bool IsSpaceAt(int index) => _text[index] == ' ';

    /// <summary>Appends one character produced by source range [sourceStart, sourceEnd).</summary>
    public void Append(char c, int sourceStart, int sourceEnd)
    {
        if (IsFoldableSpace(c))
        {
            if (!_pendingSpace)
            {
                _pendingSpace = true;
                _pendingSpaceStart = sourceStart;
            }

            _pendingSpaceEnd = sourceEnd;
            return;
        }

        FlushSpace();
        Add(c, sourceStart, sourceEnd);
    }

    /// <summary>Appends text whose characters map one to one onto the source from <paramref name="sourceStart"/>.</summary>
    public void AppendVerbatim(ReadOnlySpan<char> text, int sourceStart)
    {
        for (var i = 0; i < text.Length; i++)
        {
            Append(text[i], sourceStart + i, sourceStart + i + 1);
        }
    }

    /// <summary>Marks a boundary (a tag such as &lt;br&gt;) that reads as white space.</summary>
    public void AppendBreak(int sourceOffset) => Append(' ', sourceOffset, sourceOffset);

    /// <summary>The text built so far; the builder folds white space, so it never starts or ends with a space.</summary>
    public MappedText Build() => new(_text.ToString(), [.. _starts], [.. _ends]);

    /// <summary>Starts a new, empty text.</summary>
    public void Clear()
    {
        _text.Clear();
        _starts.Clear();
        _ends.Clear();
        _pendingSpace = false;
    }

    private void FlushSpace()
    {
        if (!_pendingSpace)
        {
            return;
        }

        _pendingSpace = false;
        if (_text.Length > 0)
        {
            Add(' ', _pendingSpaceStart, _pendingSpaceEnd);
        }
    }

    private void Add(char c, int start, int end)
    {
        _text.Append(c);
        _starts.Add(start);
        _ends.Add(end);
    }

    private static bool IsFoldableSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
