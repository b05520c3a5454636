using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Configuration;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Policies;
using ProvenanceCheck.Server.WarmUp;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Server.Policies;

/// <summary>
/// Builds a <see cref="CheckerSnapshot"/> from the settings: the <c>--config</c> file (the same <c>.provcheck.yaml</c>
/// that <c>check --config</c> takes) with <c>--policy</c>, <c>--no-default-rules</c> and <c>--fail-on</c> on top.
/// </summary>
internal sealed partial class SnapshotLoader(ServerSettings settings, PolicyLoader loader, IEnumerable<IArticleReader> readers, ILogger<SnapshotLoader> logger)
{
    private readonly IReadOnlyList<IArticleReader> _readers = [.. readers];

    /// <exception cref="PolicyException">The configuration or a policy file has a mistake or is missing.</exception>
    public CheckerSnapshot Load()
    {
        var configText = settings.ConfigPath is { } path ? ReadConfig(path) : null;
        var config = configText is null ? null : ConfigFileLoader.Parse(settings.ConfigPath!, configText);
        // A new factory per load: its cache is keyed by selection, not file content, so reusing it would keep stale policies.
        var planner = new ArticlePlanner(config, new CheckerFactory(loader, _readers), settings);
        var plans = planner.PlanEverySection();
        var checkers = plans.Select(p => p.Checker).Distinct().ToList();
        var watched = settings.PolicyPaths
            .Concat(config is null ? [] : [config.Path, .. config.Policies.Select(p => p.Value)])
            .Concat(checkers.SelectMany(c => c.Policies.Files).Where(File.Exists))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        checkers.ForEach(WarmUp);
        if (EngineWarmUp.Run(plans[0].Checker, settings.WarmUpTime) is { Checks: > 0 } warmUp)
        {
            LogWarmedUp(logger, warmUp.Checks, warmUp.Elapsed.TotalMilliseconds, warmUp.MethodsCompiled, warmUp.Settled ? "settled" : "still compiling");
        }
        return new CheckerSnapshot(planner, Hash(plans[0].Checker.Policies.Hash, configText), watched, DateTimeOffset.UtcNow);
    }

    // Without --config the hash is the policy set's own, so it matches `provcheck rules`; with one, the config's text counts too.
    private static string Hash(string policyHash, string? configText)
    {
        if (configText is null)
        {
            return policyHash;
        }

        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(policyHash + "\n" + configText));
        return Convert.ToHexStringLower(bytes)[..Math.Min(policyHash.Length, 64)];
    }

    // Read once, so the text that is parsed is the text that is hashed even if an editor is saving meanwhile.
    private static string ReadConfig(string path) =>
        File.Exists(path) ? SettingsFile.ReadText(path)
            : throw new PolicyException(path, 1, 1, Directory.Exists(path) ? $"is a folder; name the {ConfigFileLoader.FileName} in it" : "no such configuration file");

    // The first check pays for JIT and reader set-up (over a second); pay it here, not in a CMS's save.
    private static void WarmUp(ArticleChecker checker)
    {
        const string Text = "Warm-up. Officials said 3 people were hurt, according to the fire service.";
        checker.Check(new SourceText($"<html><body><article><h1>Warm-up</h1><p>{Text}</p></article></body></html>", "<warm-up>"), ArticleFormat.Html);
        checker.Check(new SourceText($"# Warm-up\n\n{Text}\n", "<warm-up>"), ArticleFormat.Markdown);
        checker.Check(new SourceText(Text, "<warm-up>"), ArticleFormat.Text);
    }

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Engine warmed up: {Checks} checks in {ElapsedMs:F0} ms, {Methods} methods compiled meanwhile; JIT {JitState}")]
    private static partial void LogWarmedUp(ILogger logger, int checks, double elapsedMs, long methods, string jitState);
}
