using Microsoft.AspNetCore.Builder;
using ProvenanceCheck.Server.Security;

namespace ProvenanceCheck.Server.Hosting;

/// <summary>The service's request pipeline.</summary>
public static class ProvenanceServerApplicationBuilderExtensions
{
    /// <summary>
    /// Unhandled errors → 500 problem details; routing; request timeout (504); API key (401);
    /// concurrency limit (503); request decompression; then the endpoints of <see cref="ProvenanceServerEndpointExtensions.MapProvenanceCheck"/>.
    /// </summary>
    public static IApplicationBuilder UseProvenanceServer(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseRequestTimeouts();
        app.UseMiddleware<ApiKeyMiddleware>();
        app.UseRateLimiter();
        app.UseRequestDecompression();
        app.UseEndpoints(endpoints => endpoints.MapProvenanceCheck());
        return app;
    }
}
