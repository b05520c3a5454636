namespace ProvenanceCheck.Server.Requests.Compression;

/// <summary>The compressed body formats whose trailer is checked.</summary>
internal enum CompressedFormat
{
    /// <summary>RFC 1952, Content-Encoding: gzip.</summary>
    Gzip,

    /// <summary>RFC 1950, Content-Encoding: deflate (HTTP's "deflate" is the zlib format, not raw deflate).</summary>
    ZLib,

    /// <summary>RFC 7932, Content-Encoding: br.</summary>
    Brotli,
}
