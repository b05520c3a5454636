using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ProvenanceCheck.Server.Hosting;

/// <summary>
/// Builds the <c>provcheck serve</c> host. A generic host (rather than <c>WebApplication</c>) so that the
/// integration tests run the very same pipeline in <c>WebApplicationFactory</c>, which can only take over a
/// host it can build itself when the server lives in a library.
/// </summary>
public static class ServerHost
{
    /// <summary>Creates the host builder: Kestrel on <see cref="ServerSettings.Urls"/>, console logs, the service's pipeline.</summary>
    public static IHostBuilder CreateHostBuilder(ServerSettings settings) =>
        new HostBuilder()
            .UseContentRoot(AppContext.BaseDirectory)
            .ConfigureLogging(logging => ConfigureLogging(logging, settings))
            .ConfigureWebHost(web => web
                .UseKestrel(kestrel =>
                {
                    kestrel.AddServerHeader = false;
                    // One byte over the service's own limit, so the service's check (with its problem details) fires first.
                    kestrel.Limits.MaxRequestBodySize = settings.MaxBodyBytes + 1;
                })
                .UseUrls(settings.Urls)
                .ConfigureServices(services => services.AddProvenanceServer(settings))
                .Configure(app => app.UseProvenanceServer()));

    private static void ConfigureLogging(ILoggingBuilder logging, ServerSettings settings)
    {
        logging.SetMinimumLevel(LogLevel.Information);
        // The framework's per-request lines would repeat what the service logs, with less in them.
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        // A start that fails (the port is taken) is reported by provcheck in one line and exit code 2; the host's own
        // error log would repeat it with a stack trace.
        logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        if (settings.JsonLogs)
        {
            logging.AddJsonConsole(options =>
            {
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                options.UseUtcTimestamp = true;
            });
        }
        else
        {
            logging.AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.TimestampFormat = "HH:mm:ss.fff ";
                options.UseUtcTimestamp = true;
            });
        }
    }
}
