using System.Text;

namespace ProvenanceCheck.Audit.Sources;

/// <summary>
/// Reads lines with a cap on their length. A longer line is read to its end without being kept, so a file with one
/// enormous line (a JSON array saved as .jsonl, an export with no line breaks) costs a buffer, not its size in
/// memory: TextReader.ReadLine would build the whole line as one string, and fail outright past 1 GB.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, long maxChars)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _line = new();
    private int _start;
    private int _end;

    /// <summary>
    /// The next line without its line end, or null at the end of the text. When the line is longer than the cap,
    /// <paramref name="tooLong"/> is set and the line comes back empty.
    /// </summary>
    public string? ReadLine(out bool tooLong)
    {
        _line.Clear();
        tooLong = false;
        var any = false;
        while (true)
        {
            if (_start == _end && !Fill())
            {
                return any ? Finish(tooLong) : null;
            }

            any = true;
            var pending = _buffer.AsSpan(_start, _end - _start);
            var newline = pending.IndexOf('\n');
            var piece = newline < 0 ? pending : pending[..newline];
            if (!tooLong && _line.Length + piece.Length > maxChars)
            {
                tooLong = true;
                _line.Clear();
            }
            else if (!tooLong)
            {
                _line.Append(piece);
            }

            _start += newline < 0 ? pending.Length : newline + 1;
            if (newline >= 0)
            {
                return Finish(tooLong);
            }
        }
    }

    private bool Fill()
    {
        _start = 0;
        _end = reader.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }

    private string Finish(bool tooLong)
    {
        if (tooLong)
        {
            return "";
        }

        if (_line.Length > 0 && _line[^1] == '\r')
        {
            _line.Length--;
        }

        return _line.ToString();
    }
}
