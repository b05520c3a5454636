using System.Threading.RateLimiting;

namespace ProvenanceCheck.Server.Hosting;

/// <summary>
/// Lets checks run together only while their estimated working memory fits <see cref="ServerSettings.MaxCheckMemoryBytes"/>.
/// A check holds about <see cref="BytesPerCharacter"/> bytes per character of its article at its peak (the page, its
/// tree, the article model and its facts), so four 5 MB bodies at once needed more than a small container has:
/// under a 320 MB heap three of them failed with 500 (out of memory). Now a large article waits, oldest first,
/// until the memory is free, and gets 504 if that takes longer than the request may.
/// </summary>
public sealed class CheckMemoryGate : IDisposable
{
    /// <summary>
    /// Peak managed memory per character of article, measured on long prose pages (where tokens dominate): 4.7 and
    /// 9.1 million characters needed 140–160 and 250–270 MB of GC heap.
    /// </summary>
    public const int BytesPerCharacter = 32;

    /// <summary>
    /// Articles up to this many characters (at most 2 MB each by the estimate) pass without waiting: a CMS's everyday
    /// article must not queue behind a huge one, and all of them together stay within a few concurrent checks' worth.
    /// </summary>
    public const int SmallArticleCharacters = 64 * 1024;

    private const long BytesPerPermit = 64 * 1024;

    private static readonly IDisposable Nothing = new Reservation(null, null, 0);

    private readonly ConcurrencyLimiter _limiter;
    private readonly int _permits;
    private long _reserved;
    private long _peakReserved;

    /// <summary>A gate that lets checks reserve at most <paramref name="budgetBytes"/> at once.</summary>
    public CheckMemoryGate(long budgetBytes)
    {
        _permits = (int)Math.Clamp(budgetBytes / BytesPerPermit, 1, int.MaxValue);
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = _permits,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>The most bytes reserved at one time so far (for tests and diagnostics).</summary>
    public long PeakReservedBytes => Interlocked.Read(ref _peakReserved);

    /// <summary>
    /// Waits until a check of <paramref name="characters"/> characters fits, and reserves its memory until the returned
    /// lease is disposed. An article larger than the whole budget runs alone rather than never; a small one does not wait.
    /// </summary>
    public async ValueTask<IDisposable> EnterAsync(int characters, CancellationToken cancellation)
    {
        if (characters <= SmallArticleCharacters)
        {
            return Nothing;
        }

        var permits = (int)Math.Clamp((characters * (long)BytesPerCharacter + BytesPerPermit - 1) / BytesPerPermit, 1, _permits);
        var lease = await _limiter.AcquireAsync(permits, cancellation).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            // Only a full queue refuses, and the queue is unbounded (the concurrency limit bounds who can wait).
            lease.Dispose();
            throw new InvalidOperationException("the check memory gate refused a lease");
        }

        var bytes = permits * BytesPerPermit;
        var now = Interlocked.Add(ref _reserved, bytes);
        for (var peak = Interlocked.Read(ref _peakReserved); now > peak; peak = Interlocked.Read(ref _peakReserved))
        {
            Interlocked.CompareExchange(ref _peakReserved, now, peak);
        }

        return new Reservation(this, lease, bytes);
    }

    /// <inheritdoc/>
    public void Dispose() => _limiter.Dispose();

    private sealed class Reservation(CheckMemoryGate? gate, RateLimitLease? lease, long bytes) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (gate is not null && Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Add(ref gate._reserved, -bytes);
                lease?.Dispose();
            }
        }
    }
}
