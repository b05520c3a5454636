using System.IO.Compression;

namespace ProvenanceCheck.Server.Requests.Compression;

/// <summary>
/// A Brotli decompressor that throws <see cref="InvalidDataException"/> when the data ends before the Brotli stream
/// does. <see cref="BrotliStream"/> ends quietly where the bytes end; <see cref="BrotliDecoder"/> says whether the
/// stream was finished.
/// </summary>
internal sealed class BrotliCheckedStream(Stream compressed) : ReadOnlyStream
{
    private readonly byte[] _input = new byte[16 * 1024];
    private BrotliDecoder _decoder;
    private int _start;
    private int _end;
    private bool _done;

    public override int Read(Span<byte> buffer)
    {
        while (true)
        {
            if (Decode(buffer, out var written))
            {
                return written;
            }

            Refill(compressed.Read(Space().Span));
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (Decode(buffer.Span, out var written))
            {
                return written;
            }

            Refill(await compressed.ReadAsync(Space(), cancellationToken).ConfigureAwait(false));
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _decoder.Dispose();
            compressed.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Decodes what input there is; false when more input is needed before anything can be returned.</summary>
    private bool Decode(Span<byte> output, out int written)
    {
        written = 0;
        if (_done || output.IsEmpty)
        {
            return true;
        }

        var status = _decoder.Decompress(_input.AsSpan(_start, _end - _start), output, out var consumed, out written);
        _start += consumed;
        switch (status)
        {
            case System.Buffers.OperationStatus.InvalidData:
                throw new InvalidDataException("the Brotli data is damaged");
            case System.Buffers.OperationStatus.Done:
                _done = true;
                return true;
            default:
                // DestinationTooSmall: the caller's buffer is full; NeedMoreData with output: hand that over first.
                return written > 0;
        }
    }

    /// <summary>Where the next compressed bytes go, after moving the ones not yet decoded to the front.</summary>
    private Memory<byte> Space()
    {
        if (_start > 0)
        {
            _input.AsSpan(_start, _end - _start).CopyTo(_input);
            (_end, _start) = (_end - _start, 0);
        }

        return _input.AsMemory(_end);
    }

    private void Refill(int read)
    {
        if (read == 0)
        {
            throw new InvalidDataException("the Brotli data ends before the Brotli stream does");
        }

        _end += read;
    }
}
