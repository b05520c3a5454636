using System.Diagnostics;
using System.Runtime;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Server.WarmUp;

/// <summary>
/// Checks a representative page (written for this purpose) over and over before the service listens, until the JIT
/// goes quiet. Tiered compilation first runs every method unoptimised and only recompiles it after it has been called
/// about 30 times, once start-up's burst of first compilations has settled; measured under load, a fresh service spent
/// its first 20 to 30 seconds at about 1.7 times its settled CPU per request, 15% of it in the background compiler.
/// Paying that here, once per process, keeps it out of the first minute of a CMS's saves.
/// </summary>
internal static class EngineWarmUp
{
    // The background compiler works in batches; a pause this long without a new method means it has caught up.
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(400);
    private static int _ran;

    /// <summary>The page checked; a made-up article with the parts real pages have (navigation, JSON-LD, quotes, figures, hearsay).</summary>
    public static string Page { get; } = ReadPage();

    /// <summary>Warms the engine with <paramref name="checker"/> for at most <paramref name="budget"/>; only the first call in a process does anything.</summary>
    public static WarmUpReport Run(ArticleChecker checker, TimeSpan budget)
    {
        if (budget <= TimeSpan.Zero || Interlocked.Exchange(ref _ran, 1) == 1)
        {
            return WarmUpReport.Skipped;
        }

        var source = new SourceText(Page, "<warm-up>");
        var clock = Stopwatch.StartNew();
        var first = JitInfo.GetCompiledMethodCount();
        var compiled = first;
        var quietSince = clock.Elapsed;
        var checks = 0;
        while (clock.Elapsed < budget && clock.Elapsed - quietSince < Quiet)
        {
            checker.Check(source, ArticleFormat.Html);
            checks++;
            var now = JitInfo.GetCompiledMethodCount();
            if (now != compiled)
            {
                compiled = now;
                quietSince = clock.Elapsed;
            }
        }

        return new WarmUpReport(checks, clock.Elapsed, compiled - first, clock.Elapsed - quietSince >= Quiet);
    }

    private static string ReadPage()
    {
        using var stream = typeof(EngineWarmUp).Assembly.GetManifestResourceStream("warm-up-page.html")
            ?? throw new InvalidOperationException("the warm-up page is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
