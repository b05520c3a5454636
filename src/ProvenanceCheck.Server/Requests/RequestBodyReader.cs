using Microsoft.AspNetCore.Http;

namespace ProvenanceCheck.Server.Requests;

/// <summary>Reads a request body into memory, refusing anything over the size limit before and while reading.</summary>
internal static class RequestBodyReader
{
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        var capacity = (int)Math.Min(request.ContentLength ?? 16 * 1024, maxBytes);
        // Not disposed: the returned memory is the stream's own array (a MemoryStream holds nothing else).
        var buffer = new MemoryStream(capacity);
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own limit (or a broken upload) ends the read: report it in the same shape.
            throw new RequestException(ex.StatusCode, "body", ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? TooLarge(maxBytes).Message : "the request body could not be read");
        }
        catch (InvalidDataException)
        {
            // A body sent as gzip, deflate or br that is not, or that was cut short (see CheckedDecompressionProvider).
            throw new RequestException(StatusCodes.Status400BadRequest, "body", "the compressed request body is damaged or cut short: it does not decompress whole");
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static RequestException TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "body", $"the request body is over the {Describe(maxBytes)} limit");

    private static string Describe(long bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB" : bytes % 1024 == 0 ? $"{bytes / 1024} KB" : $"{bytes} byte";
}
