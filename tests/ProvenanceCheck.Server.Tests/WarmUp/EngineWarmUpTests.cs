using Microsoft.Extensions.DependencyInjection;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Server.Policies;
using ProvenanceCheck.Server.Tests.Infrastructure;
using ProvenanceCheck.Server.WarmUp;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Server.Tests.WarmUp;

[TestClass]
public sealed class EngineWarmUpTests
{
    [TestMethod]
    public void The_warm_up_page_exercises_many_rules()
    {
        using var factory = new ServerFactory();
        var checker = factory.Services.GetRequiredService<CheckerProvider>().Current.Checker;

        var result = checker.Check(new SourceText(EngineWarmUp.Page, "warm-up.html"), ArticleFormat.Html);

        // Warming only the reader would leave the analyzers unoptimised: the page must set off rules of several kinds.
        result.Diagnostics.Select(d => d.Id).Distinct().Count().ShouldBeGreaterThanOrEqualTo(5);
        result.Article.BodyBlocks.Count().ShouldBeGreaterThanOrEqualTo(10);
    }

    // Alone: the JIT counts methods for the whole process, and tests running beside it would keep it busy.
    [TestMethod]
    [DoNotParallelize]
    public void It_checks_until_the_jit_is_quiet_once_per_process_and_not_at_all_with_no_time()
    {
        using var factory = new ServerFactory();
        var checker = factory.Services.GetRequiredService<CheckerProvider>().Current.Checker;

        EngineWarmUp.Run(checker, TimeSpan.Zero).Checks.ShouldBe(0);
        // The test servers skip the warm-up, so this is the process's first: the JIT settles only after many checks.
        var first = EngineWarmUp.Run(checker, TimeSpan.FromSeconds(30));
        first.Checks.ShouldBeGreaterThan(10);
        first.MethodsCompiled.ShouldBeGreaterThan(0);
        first.Settled.ShouldBeTrue();
        EngineWarmUp.Run(checker, TimeSpan.FromSeconds(30)).Checks.ShouldBe(0);
    }
}
