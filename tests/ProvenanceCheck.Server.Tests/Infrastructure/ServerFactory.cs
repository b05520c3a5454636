using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProvenanceCheck.Server.Hosting;

namespace ProvenanceCheck.Server.Tests.Infrastructure;

/// <summary>
/// Runs the real <c>provcheck serve</c> host (the same <see cref="ServerHost"/> pipeline) on a test server,
/// with settings chosen per test and every log line captured.
/// </summary>
// The factory is its own entry-point type: WebApplicationFactory wants one from an assembly with a Main (the test
// assembly has one), and CreateHostBuilder hands it the server's host, so no Main is ever run.
public sealed class ServerFactory(ServerSettings settings) : WebApplicationFactory<ServerFactory>
{
    static ServerFactory()
    {
        // The server has no content of its own: point WebApplicationFactory at the test output folder instead of
        // letting it look for a project folder named after the test assembly (its documented override setting).
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PROVENANCECHECK_SERVER_TESTS", AppContext.BaseDirectory);
    }

    public ServerFactory()
        : this(new ServerSettings())
    {
    }

    public ServerSettings Settings { get; } = WithoutWarmUp(settings);

    public CapturingLoggerProvider Logs { get; } = new();

    // Tests check behaviour, not speed: skip the start-up warm-up (EngineWarmUpTests covers it) to keep the suite fast.
    private static ServerSettings WithoutWarmUp(ServerSettings settings)
    {
        settings.WarmUpTime = TimeSpan.Zero;
        return settings;
    }

    protected override IHostBuilder CreateHostBuilder() => ServerHost.CreateHostBuilder(Settings);

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(Logs);
        });
}
