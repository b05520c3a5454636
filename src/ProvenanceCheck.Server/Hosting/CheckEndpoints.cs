using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Server.Policies;
using ProvenanceCheck.Server.Requests;
using ProvenanceCheck.Server.Responses;

namespace ProvenanceCheck.Server.Hosting;

/// <summary>The request handlers: read the articles, check them with the snapshot in force, log counts (never text), answer.</summary>
internal sealed partial class CheckEndpoints
{
    private CheckEndpoints()
    {
    }

    public static async Task<IResult> CheckAsync(HttpContext context, CheckerProvider provider, CheckMemoryGate memory, ServerSettings settings, ILogger<CheckEndpoints> logger)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var article = await ArticleRequestReader.ReadSingleAsync(context.Request, settings, context.RequestAborted).ConfigureAwait(false);
            return await RunChecksAsync([article], provider.Current, memory, logger, started, context.RequestAborted).ConfigureAwait(false);
        }
        catch (RequestException ex)
        {
            LogRefused(logger, ex.Status, ex.Field);
            return Problems.For(ex.Status, ex.Field, ex.Message);
        }
    }

    public static async Task<IResult> CheckBatchAsync(HttpContext context, CheckerProvider provider, CheckMemoryGate memory, ServerSettings settings, ILogger<CheckEndpoints> logger)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var articles = await ArticleRequestReader.ReadBatchAsync(context.Request, settings, context.RequestAborted).ConfigureAwait(false);
            return await RunChecksAsync(articles, provider.Current, memory, logger, started, context.RequestAborted).ConfigureAwait(false);
        }
        catch (RequestException ex)
        {
            LogRefused(logger, ex.Status, ex.Field);
            return Problems.For(ex.Status, ex.Field, ex.Message);
        }
    }

    private static async Task<IResult> RunChecksAsync(
        IReadOnlyList<ArticleRequest> articles, CheckerSnapshot snapshot, CheckMemoryGate memory, ILogger logger, long started, CancellationToken cancellationToken)
    {
        var results = new List<CheckResult>(articles.Count);
        var failLevels = new List<Diagnostics.Severity>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            // A check is not interrupted half-way, but a request whose time is up stops before the next article.
            cancellationToken.ThrowIfCancellationRequested();
            var article = articles[i];
            var plan = snapshot.PlanFor(article.ConfigPath);
            var options = plan.Options with { Reader = plan.Options.Reader with { Metadata = article.Metadata } };
            using var reservation = await memory.EnterAsync(article.Length, cancellationToken).ConfigureAwait(false);
            try
            {
                results.Add(plan.Checker.Check(article.Source, article.Format, options));
            }
            catch (InputException ex)
            {
                // Well-formed but unreadable content (markup nested too deeply to build in time): the client's to fix.
                throw new RequestException(StatusCodes.Status422UnprocessableEntity, articles.Count == 1 ? "content" : $"articles[{i}].content", ex.Message);
            }

            failLevels.Add(plan.FailLevel);
        }

        var report = new CheckReportResult(results, failLevels, snapshot.PolicyHash);
        if (logger.IsEnabled(LogLevel.Information))
        {
            LogOutcome(logger, articles, results, report.Verdict, snapshot.PolicyHash, started);
        }

        return report;
    }

    // One pass over the diagnostics, no LINQ: this runs for every request, so it must cost little next to the check.
    private static void LogOutcome(ILogger logger, IReadOnlyList<ArticleRequest> articles, List<CheckResult> results, string verdict, string policyHash, long started)
    {
        int errors = 0, warnings = 0, infos = 0, characters = 0;
        var byRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                errors += diagnostic.Severity == Diagnostics.Severity.Error ? 1 : 0;
                warnings += diagnostic.Severity == Diagnostics.Severity.Warning ? 1 : 0;
                infos += diagnostic.Severity == Diagnostics.Severity.Info ? 1 : 0;
                byRule[diagnostic.Id] = byRule.GetValueOrDefault(diagnostic.Id) + 1;
            }
        }

        foreach (var article in articles)
        {
            characters += article.Length;
        }

        var ruleCounts = new StringBuilder();
        foreach (var (id, count) in byRule)
        {
            ruleCounts.Append(ruleCounts.Length == 0 ? "" : ",").Append(id).Append(':').Append(count);
        }

        LogChecked(logger, results.Count, characters, verdict, errors, warnings, infos, ruleCounts.ToString(), policyHash, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information,
        Message = "Checked {Articles} article(s), {Characters} chars: verdict {Verdict}; {Errors} errors, {Warnings} warnings, {Infos} infos; rules {RuleCounts}; policy {PolicyHash}; {ElapsedMs:F2} ms")]
    private static partial void LogChecked(ILogger logger, int articles, int characters, string verdict, int errors, int warnings, int infos, string ruleCounts, string policyHash, double elapsedMs);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Refused request: {Status} ({Field})")]
    private static partial void LogRefused(ILogger logger, int status, string field);
}
