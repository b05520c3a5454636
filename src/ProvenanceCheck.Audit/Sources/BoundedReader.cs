namespace ProvenanceCheck.Audit.Sources;

/// <summary>Reads a stream into memory without trusting any declared length: stops once a cap is passed.</summary>
internal static class BoundedReader
{
    /// <summary>The bytes, or null when there are more than <paramref name="maxBytes"/>.</summary>
    public static byte[]? ReadAll(Stream stream, long maxBytes, ref long budget)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            budget -= read;
            if (buffer.Length > maxBytes || budget < 0)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }
}
