using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ProvenanceCheck.Server.Hosting;
using ProvenanceCheck.Server.Tests.Infrastructure;

namespace ProvenanceCheck.Server.Tests.Limits;

/// <summary>Large articles run together only while their estimated memory fits; the rest wait their turn.</summary>
[TestClass]
public sealed class CheckMemoryTests
{
    private const long Megabyte = 1024 * 1024;

    // About a million characters of prose: some 32 MB of working memory by the gate's estimate.
    private static readonly string LongStory = string.Concat(Enumerable.Repeat(
        "The harbour board met again on Monday, its chair said. A source close to the board said the cost had risen.\n\n", 9500));

    [TestMethod]
    public async Task Large_articles_that_do_not_fit_together_run_one_at_a_time_and_all_succeed()
    {
        // The four wait for each other by design; on a busy 2-core runner the last one must not meet the default 10 s
        // request timeout, which another test covers.
        using var factory = new ServerFactory(new ServerSettings { MaxConcurrentChecks = 4, MaxCheckMemoryBytes = 48 * Megabyte, RequestTimeout = TimeSpan.FromMinutes(2) });
        using var client = factory.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Send(client, LongStory))));

        answers.ShouldAllBe(a => a.Status == HttpStatusCode.OK);
        answers.Select(a => a.Body).Distinct().ShouldHaveSingleItem();
        var peak = factory.Services.GetRequiredService<CheckMemoryGate>().PeakReservedBytes;
        peak.ShouldBeGreaterThanOrEqualTo(LongStory.Length * (long)CheckMemoryGate.BytesPerCharacter);
        peak.ShouldBeLessThanOrEqualTo(48 * Megabyte);
    }

    [TestMethod]
    public async Task An_article_larger_than_the_whole_budget_still_runs_alone()
    {
        using var factory = new ServerFactory(new ServerSettings { MaxCheckMemoryBytes = 4 * Megabyte });
        using var client = factory.CreateClient();

        (await Send(client, LongStory)).Status.ShouldBe(HttpStatusCode.OK);
    }

    [TestMethod]
    public async Task A_check_that_waits_past_the_request_timeout_gets_504_and_frees_its_place_while_small_ones_pass()
    {
        using var factory = new ServerFactory(new ServerSettings { MaxCheckMemoryBytes = 8 * Megabyte, RequestTimeout = TimeSpan.FromSeconds(1) });
        using var client = factory.CreateClient();
        var gate = factory.Services.GetRequiredService<CheckMemoryGate>();
        var mediumStory = LongStory[..100_000];

        using (await gate.EnterAsync(int.MaxValue, CancellationToken.None))
        {
            (await Send(client, mediumStory)).Status.ShouldBe(HttpStatusCode.GatewayTimeout);
            (await Send(client, "The mayor reportedly plans to resign.")).Status.ShouldBe(HttpStatusCode.OK);
        }

        (await Send(client, mediumStory)).Status.ShouldBe(HttpStatusCode.OK);
    }

    [TestMethod]
    public async Task The_gate_lets_a_waiting_check_in_when_the_first_leaves()
    {
        using var gate = new CheckMemoryGate(40 * Megabyte);
        var first = await gate.EnterAsync(1_000_000, CancellationToken.None);

        var second = gate.EnterAsync(1_000_000, CancellationToken.None).AsTask();
        await Task.Delay(200);
        second.IsCompleted.ShouldBeFalse();

        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [TestMethod]
    public async Task A_cancelled_wait_reserves_nothing()
    {
        using var gate = new CheckMemoryGate(40 * Megabyte);
        var first = await gate.EnterAsync(1_000_000, CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Should.ThrowAsync<OperationCanceledException>(async () => await gate.EnterAsync(1_000_000, cancel.Token));
        first.Dispose();

        var again = gate.EnterAsync(1_000_000, CancellationToken.None);
        again.IsCompleted.ShouldBeTrue();
        (await again).Dispose();
    }

    private static async Task<(HttpStatusCode Status, string Body)> Send(HttpClient client, string text)
    {
        using var response = await client.PostAsync("/v1/check", Articles.Raw(text, "text/plain"));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
