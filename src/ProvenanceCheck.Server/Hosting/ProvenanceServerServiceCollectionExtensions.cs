using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Server.Policies;
using ProvenanceCheck.Server.Requests.Compression;
using ProvenanceCheck.Server.Responses;

namespace ProvenanceCheck.Server.Hosting;

/// <summary>Registers the service: the engine, the reloading policy snapshot, limits, problem details and OpenAPI.</summary>
public static class ProvenanceServerServiceCollectionExtensions
{
    /// <summary>Adds everything <see cref="ProvenanceServerApplicationBuilderExtensions.UseProvenanceServer"/> needs.</summary>
    public static IServiceCollection AddProvenanceServer(this IServiceCollection services, ServerSettings settings)
    {
        services.AddProvenanceCheck(options => options.UseDefaultRules = settings.UseDefaultRules);
        services.TryAddSingleton(settings);
        services.TryAddSingleton<SnapshotLoader>();
        services.TryAddSingleton(provider => new CheckerProvider(
            provider.GetRequiredService<SnapshotLoader>(),
            provider.GetRequiredService<ILogger<CheckerProvider>>()));
        services.TryAddSingleton(_ => new CheckMemoryGate(settings.MaxCheckMemoryBytes));
        services.AddHostedService<PolicyWatcher>();
        services.AddRouting();
        services.AddProblemDetails();
        services.AddOpenApi();
        // gzip, br and deflate bodies are undone as they are read, so the body limit counts the article's own bytes;
        // each through a decompressor that notices a body cut short.
        services.AddRequestDecompression(options =>
        {
            options.DecompressionProviders["gzip"] = new CheckedDecompressionProvider(CompressedFormat.Gzip);
            options.DecompressionProviders["deflate"] = new CheckedDecompressionProvider(CompressedFormat.ZLib);
            options.DecompressionProviders["br"] = new CheckedDecompressionProvider(CompressedFormat.Brotli);
        });
        services.AddRequestTimeouts(options => options.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = settings.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
            WriteTimeoutResponse = context => Problems.Write(context, StatusCodes.Status504GatewayTimeout, "body",
                $"the request took longer than {settings.RequestTimeout.TotalSeconds:0.#} s"),
        });
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                return new ValueTask(Problems.Write(context.HttpContext, StatusCodes.Status503ServiceUnavailable, "request",
                    $"{settings.MaxConcurrentChecks} checks are running and {settings.MaxQueuedChecks} are waiting; try again shortly"));
            };
            options.AddConcurrencyLimiter(ProvenanceServerEndpointExtensions.CheckConcurrencyPolicy, limiter =>
            {
                limiter.PermitLimit = Math.Max(1, settings.MaxConcurrentChecks);
                limiter.QueueLimit = Math.Max(0, settings.MaxQueuedChecks);
                limiter.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });
        return services;
    }
}
