using Microsoft.AspNetCore.RequestDecompression;

namespace ProvenanceCheck.Server.Requests.Compression;

/// <summary>
/// Undoes a gzip, deflate (zlib) or br request body and refuses one that is cut short. The runtime's decompressing
/// streams end quietly where the bytes end, so a client that died mid-upload would have half an article checked and
/// passed; the stream's own trailer (CRC-32 and length for gzip, Adler-32 for zlib) or the Brotli decoder's state
/// shows whether it arrived whole.
/// </summary>
internal sealed class CheckedDecompressionProvider(CompressedFormat format) : IDecompressionProvider
{
    /// <inheritdoc />
    public Stream GetDecompressionStream(Stream stream) =>
        format == CompressedFormat.Brotli ? new BrotliCheckedStream(stream) : new TrailerCheckedStream(stream, format);
}
