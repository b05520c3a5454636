using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace ProvenanceCheck.Server.Requests.Compression;

/// <summary>
/// A gzip or zlib decompressor that, at the end of the data, compares the trailer the sender wrote with the checksum
/// and length of what came out, and throws <see cref="InvalidDataException"/> when they differ: the body was cut short.
/// A gzip body of several members is refused the same way (the trailer covers only the last one); HTTP clients send one.
/// </summary>
internal sealed class TrailerCheckedStream : ReadOnlyStream
{
    private readonly CompressedFormat _format;
    private readonly TailRecordingStream _compressed;
    private readonly Stream _decompressor;
    private readonly Crc32 _crc = new();
    private uint _adlerA = 1;
    private uint _adlerB;
    private long _length;
    private bool _checked;

    public TrailerCheckedStream(Stream compressed, CompressedFormat format)
    {
        _format = format;
        _compressed = new TailRecordingStream(compressed);
        _decompressor = format == CompressedFormat.Gzip
            ? new GZipStream(_compressed, CompressionMode.Decompress)
            : new ZLibStream(_compressed, CompressionMode.Decompress);
    }

    public override int Read(Span<byte> buffer) => Account(buffer, _decompressor.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await _decompressor.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Account(buffer.Span, read);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _decompressor.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Account(ReadOnlySpan<byte> buffer, int read)
    {
        if (read > 0)
        {
            var output = buffer[..read];
            _length += read;
            if (_format == CompressedFormat.Gzip)
            {
                _crc.Append(output);
            }
            else
            {
                AppendAdler(output);
            }
        }
        else if (buffer.Length > 0 && !_checked)
        {
            _checked = true;
            if (!TrailerMatches())
            {
                throw new InvalidDataException("the compressed data ends before its trailer, or its trailer does not match");
            }
        }

        return read;
    }

    private bool TrailerMatches()
    {
        if (_format == CompressedFormat.Gzip)
        {
            var trailer = _compressed.Last(8);
            return trailer.Length == 8
                && BinaryPrimitives.ReadUInt32LittleEndian(trailer) == _crc.GetCurrentHashAsUInt32()
                && BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]) == (uint)_length;
        }

        var adler = _compressed.Last(4);
        return adler.Length == 4 && BinaryPrimitives.ReadUInt32BigEndian(adler) == ((_adlerB << 16) | _adlerA);
    }

    // RFC 1950's Adler-32; System.IO.Hashing has no Adler-32. 5552 bytes is the most that can be summed before the
    // 32-bit sums must be reduced.
    private void AppendAdler(ReadOnlySpan<byte> data)
    {
        const uint Modulus = 65521;
        while (!data.IsEmpty)
        {
            var chunk = data[..Math.Min(data.Length, 5552)];
            foreach (var value in chunk)
            {
                _adlerA += value;
                _adlerB += _adlerA;
            }

            _adlerA %= Modulus;
            _adlerB %= Modulus;
            data = data[chunk.Length..];
        }
    }
}
