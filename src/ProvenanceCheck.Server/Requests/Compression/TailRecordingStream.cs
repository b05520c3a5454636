namespace ProvenanceCheck.Server.Requests.Compression;

/// <summary>Passes reads through and keeps the last eight bytes read: where a gzip or zlib stream keeps its trailer.</summary>
internal sealed class TailRecordingStream(Stream inner) : ReadOnlyStream
{
    private const int Size = 8;
    private readonly byte[] _tail = new byte[Size];

    /// <summary>How many bytes were read in all.</summary>
    public long Count { get; private set; }

    /// <summary>The last <paramref name="length"/> bytes read (fewer if fewer were read).</summary>
    public ReadOnlySpan<byte> Last(int length)
    {
        var available = (int)Math.Min(Math.Min(length, Size), Count);
        return _tail.AsSpan(Size - available, available);
    }

    public override int Read(Span<byte> buffer) => Record(buffer, inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Record(buffer.Span, read);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Record(ReadOnlySpan<byte> buffer, int read)
    {
        var fresh = buffer[..read];
        if (fresh.Length >= Size)
        {
            fresh[^Size..].CopyTo(_tail);
        }
        else if (fresh.Length > 0)
        {
            _tail.AsSpan(fresh.Length).CopyTo(_tail);
            fresh.CopyTo(_tail.AsSpan(Size - fresh.Length));
        }

        Count += read;
        return read;
    }
}
