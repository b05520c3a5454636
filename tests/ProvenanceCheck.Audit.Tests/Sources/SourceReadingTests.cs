using ProvenanceCheck.Audit.Sources;

namespace ProvenanceCheck.Audit.Tests.Sources;

/// <summary>A source that breaks half-way keeps what it read, adds one input error named after it, and stops there.</summary>
[TestClass]
public sealed class SourceReadingTests
{
    [TestMethod]
    public void The_items_read_before_the_break_then_one_input_error_for_the_source()
    {
        var items = SourceReading.Safely(new BreakingSource(), SourceOptions.Default, CancellationToken.None).ToList();

        items.Select(i => i.Id).ShouldBe(["crawl.warc#record-1", "crawl.warc"]);
        items[0].Error.ShouldBeNull();
        items[1].Error.ShouldBe("source could not be read to the end: unexpected end of the gzip stream");
        items[1].Source.ShouldBe("/archive/crawl.warc");
    }

    [TestMethod]
    public void A_readers_own_failure_is_an_input_error_too_but_cancelling_still_cancels()
    {
        var bug = SourceReading.Safely(new BreakingSource(new ArgumentOutOfRangeException("index")), SourceOptions.Default, CancellationToken.None).ToList();

        bug[^1].Error.ShouldNotBeNull().ShouldStartWith("source could not be read to the end: ArgumentOutOfRangeException: ");
        Should.Throw<OperationCanceledException>(() =>
            SourceReading.Safely(new BreakingSource(new OperationCanceledException()), SourceOptions.Default, CancellationToken.None).ToList());
    }

    [TestMethod]
    public void The_input_error_belongs_to_one_shard_like_any_article()
    {
        var options = SourceOptions.Default with { Wanted = id => id != "crawl.warc" };

        var items = SourceReading.Safely(new BreakingSource(), options, CancellationToken.None).ToList();

        items.Select(i => i.Id).ShouldBe(["crawl.warc#record-1"]);
    }

    private sealed class BreakingSource(Exception? failure = null) : IArticleSource
    {
        public string Path => "/archive/crawl.warc";

        public string Name => "crawl.warc";

        public IEnumerable<AuditItem> Read(SourceOptions options, CancellationToken cancellation)
        {
            yield return new AuditItem { Id = "crawl.warc#record-1", Source = Path, Content = "<p>The council met.</p>"u8.ToArray() };
            throw failure ?? new InvalidDataException("unexpected end of the gzip stream");
        }
    }
}
