using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using ProvenanceCheck.Server.Responses;

namespace ProvenanceCheck.Server.Security;

/// <summary>
/// Requires <c>X-Api-Key</c> on <c>/v1/*</c> when a key is configured. Both keys are hashed first and the
/// hashes compared in constant time, so neither the key's content nor its length leaks through timing.
/// Health probes and the OpenAPI document stay open.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, ServerSettings settings)
{
    public const string HeaderName = "X-Api-Key";
    private readonly byte[]? _expected = settings.ApiKey is { } key ? SHA256.HashData(Encoding.UTF8.GetBytes(key)) : null;

    public Task InvokeAsync(HttpContext context)
    {
        if (_expected is null || !context.Request.Path.StartsWithSegments("/v1", StringComparison.OrdinalIgnoreCase) || Matches(context.Request.Headers[HeaderName]))
        {
            return next(context);
        }

        return Problems.Write(context, StatusCodes.Status401Unauthorized, HeaderName, $"a valid {HeaderName} header is required");
    }

    private bool Matches(string? given)
    {
        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(given ?? ""));
        return CryptographicOperations.FixedTimeEquals(actual, _expected) && given is { Length: > 0 };
    }
}
