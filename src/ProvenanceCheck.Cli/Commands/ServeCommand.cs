using System.CommandLine;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Files;
using ProvenanceCheck.Server;
using ProvenanceCheck.Server.Hosting;
using ProvenanceCheck.Server.Policies;

namespace ProvenanceCheck.Cli.Commands;

/// <summary><c>provcheck serve</c>: the HTTP service for CMS pre-publish hooks.</summary>
internal static class ServeCommand
{
    public static Command Create(CommonOptions common)
    {
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on (semicolon-separated)", DefaultValueFactory = _ => ServerSettings.DefaultUrls };
        var config = new Option<string?>("--config") { Description = "A .provcheck.yaml (as check --config takes; 'path' in a request selects its overrides), reloaded when it changes" };
        var apiKeyFile = new Option<string?>("--api-key-file") { Description = "A file holding the key callers must send in X-Api-Key" };
        var failOn = new Option<string?>("--fail-on") { Description = "Lowest severity that makes the verdict 'fail': error, warning or info (default: the config's fail-on, else warning)" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var maxBody = new Option<int>("--max-body-size") { Description = "Largest request body, in KB", DefaultValueFactory = _ => 5 * 1024 };
        var timeout = new Option<int>("--request-timeout") { Description = "Seconds a request may take before it gets 504", DefaultValueFactory = _ => 10 };
        var concurrency = new Option<int>("--max-concurrent-checks") { Description = "Checks run at once (default: 2 per core)", DefaultValueFactory = _ => Environment.ProcessorCount * 2 };
        var checkMemory = new Option<int?>("--max-check-memory")
        {
            Description = "MB of estimated working memory that checks running at once may hold; a large article waits until it fits (default: half of what the process may use)",
        };
        var batch = new Option<int>("--max-batch") { Description = "Most articles in one batch request", DefaultValueFactory = _ => 100 };
        var warmUp = new Option<int>("--warm-up") { Description = "Seconds at most that start-up spends checking a sample page until the engine's code is optimised (0: none)", DefaultValueFactory = _ => 5 };
        var logFormat = new Option<string>("--log-format") { Description = "Request logs as text or json", DefaultValueFactory = _ => "text" };
        logFormat.AcceptOnlyFromAmong("text", "json");

        var command = new Command("serve", "Serve checks over HTTP for CMS pre-publish hooks (loopback by default)");
        foreach (var option in new Option[] { urls, config, apiKeyFile, failOn, maxBody, timeout, concurrency, checkMemory, batch, warmUp, logFormat })
        {
            command.Options.Add(option);
        }

        common.AddTo(command, withReading: false);
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            Severity? level = SeverityNames.TryParse(parse.GetValue(failOn), out var given) ? given : null;
            var settings = new ServerSettings
            {
                Urls = Addresses(parse.GetValue(urls)!),
                ConfigPath = parse.GetValue(config),
                UseDefaultRules = !parse.GetValue(common.NoDefaultRules),
                ApiKey = ReadApiKey(parse.GetValue(apiKeyFile)),
                FailLevel = level,
                MaxBodyBytes = Positive(parse.GetValue(maxBody), "--max-body-size") * 1024L,
                RequestTimeout = TimeSpan.FromSeconds(Positive(parse.GetValue(timeout), "--request-timeout")),
                MaxConcurrentChecks = Positive(parse.GetValue(concurrency), "--max-concurrent-checks"),
                MaxBatchSize = Positive(parse.GetValue(batch), "--max-batch"),
                WarmUpTime = TimeSpan.FromSeconds(NotNegative(parse.GetValue(warmUp), "--warm-up")),
                JsonLogs = parse.GetValue(logFormat) == "json",
            };
            if (parse.GetValue(checkMemory) is { } mb)
            {
                settings.MaxCheckMemoryBytes = Positive(mb, "--max-check-memory") * 1024L * 1024L;
            }

            foreach (var path in parse.GetValue(common.Policy) ?? [])
            {
                settings.PolicyPaths.Add(path);
            }

            using var host = ServerHost.CreateHostBuilder(settings).Build();
            // Load the policies before listening: a broken policy is one line on stderr and exit 2, not a half-started server.
            host.Services.GetRequiredService<CheckerProvider>();
            host.Run();
            return ExitCodes.Success;
        }));
        return command;
    }

    // Checked before the engine warms up: Kestrel would refuse a malformed address only when it starts listening.
    private static string Addresses(string urls)
    {
        var addresses = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (addresses.Length == 0)
        {
            throw new UsageException($"--urls must name at least one address, such as {ServerSettings.DefaultUrls}");
        }

        foreach (var address in addresses)
        {
            if (!IsHttpAddress(address))
            {
                throw new UsageException($"--urls: '{address}' is not an http:// or https:// address to listen on, such as {ServerSettings.DefaultUrls}");
            }
        }

        return urls;
    }

    private static bool IsHttpAddress(string address)
    {
        try
        {
            var parsed = BindingAddress.Parse(address);
            var scheme = parsed.Scheme;
            if (!scheme.Equals("http", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            // Kestrel reads a port it cannot parse ("127.0.0.1:508O") as part of the host and then listens on every
            // interface at port 80: a typo must not expose the service.
            return parsed.IsUnixPipe || parsed.IsNamedPipe
                || (parsed.Port is >= 0 and <= ushort.MaxValue && (parsed.Host is "*" or "+" || Uri.CheckHostName(parsed.Host) != UriHostNameType.Unknown));
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string? ReadApiKey(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var text = File.Exists(path) ? BoundedFile.ReadAllText(path, 64 * 1024) : throw new UsageException($"{path}: no such API key file");
        var key = text?.Trim() ?? throw new UsageException($"{path}: {BoundedFile.TooLarge(64 * 1024)}, not an API key file");
        return key.Length >= 16 ? key : throw new UsageException($"{path}: the API key must be at least 16 characters");
    }

    private static int NotNegative(int value, string option) =>
        value >= 0 ? value : throw new UsageException($"{option} must be zero or a positive number, not {value}");

    private static int Positive(int value, string option) =>
        value > 0 ? value : throw new UsageException($"{option} must be a positive number, not {value}");
}
