using System.Text;

namespace ProvenanceCheck.Text;

/// <summary>
/// Accumulates reader-visible text one piece at a time, each piece with the source range it came
/// from, folding runs of white space into one space the way a browser renders them.
/// </summary>
internal sealed class MappedTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _runStarts = [];
    private readonly List<int> _sourceStarts = [];
    private readonly List<int> _lastEnds = [];
    private int _lastStart;
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
    public MappedText Build() => new(_text.ToString(), [.. _runStarts], [.. _sourceStarts], [.. _lastEnds]);

    /// <summary>Starts a new, empty text.</summary>
    public void Clear()
    {
        _text.Clear();
        _runStarts.Clear();
        _sourceStarts.Clear();
        _lastEnds.Clear();
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
        var runs = _lastEnds.Count;
        if (runs > 0 && _lastEnds[runs - 1] == _lastStart + 1 && start == _lastStart + 1)
        {
            // The previous character was one source character long and this one follows it: same run.
            _lastEnds[runs - 1] = end;
        }
        else
        {
            _runStarts.Add(_text.Length);
            _sourceStarts.Add(start);
            _lastEnds.Add(end);
        }

        _text.Append(c);
        _lastStart = start;
    }

    private static bool IsFoldableSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
