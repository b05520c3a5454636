using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Server;

/// <summary>How <c>provcheck serve</c> runs: where it listens, which policies it loads, and its limits.</summary>
public sealed class ServerSettings
{
    /// <summary>The default address: loopback only, so nothing outside the machine reaches the service unless asked.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The addresses to listen on (semicolon-separated).</summary>
    public string Urls { get; set; } = DefaultUrls;

    /// <summary>Whether the embedded default rules are loaded.</summary>
    public bool UseDefaultRules { get; set; } = true;

    /// <summary>Policy files or folders loaded after the defaults; watched for changes.</summary>
    public IList<string> PolicyPaths { get; } = [];

    /// <summary>
    /// A <c>.provcheck.yaml</c> given with <c>--config</c> (the file <c>check --config</c> takes): severities, overrides
    /// by path, fail-on, rule options, policies and default-rules. Watched for changes, with the policies it names.
    /// </summary>
    public string? ConfigPath { get; set; }

    /// <summary>The lowest severity that makes the verdict <c>fail</c>, from <c>--fail-on</c>; <c>null</c> takes the configuration's <c>fail-on</c>, else warning.</summary>
    public Severity? FailLevel { get; set; }

    /// <summary>The API key callers must send in <c>X-Api-Key</c>; <c>null</c> means none is required.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The largest request body accepted, in bytes (default 5 MB); larger ones get 413.</summary>
    public long MaxBodyBytes { get; set; } = 5L * 1024 * 1024;

    /// <summary>How long a request may take, body upload included, before it gets 504.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many checks run at once; further requests wait in a queue.</summary>
    public int MaxConcurrentChecks { get; set; } = Environment.ProcessorCount * 2;

    /// <summary>How many requests may wait for a check slot; beyond that they get 503.</summary>
    public int MaxQueuedChecks { get; set; } = 512;

    /// <summary>
    /// Estimated working memory that checks running at once may hold together (see <see cref="Hosting.CheckMemoryGate"/>);
    /// by default half of what the GC may use, which follows a container's memory limit.
    /// </summary>
    public long MaxCheckMemoryBytes { get; set; } = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 2;

    /// <summary>The most articles one batch request may carry.</summary>
    public int MaxBatchSize { get; set; } = 100;

    /// <summary>How often the policy files are looked at for changes.</summary>
    public TimeSpan ReloadPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// At most how long start-up spends checking a sample page until the JIT has optimised the engine (default 5 s);
    /// zero skips it, and the first requests then run slower code.
    /// </summary>
    public TimeSpan WarmUpTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether request logs are written as JSON lines instead of text.</summary>
    public bool JsonLogs { get; set; }
}
