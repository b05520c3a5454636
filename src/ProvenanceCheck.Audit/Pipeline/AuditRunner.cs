using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using ProvenanceCheck.Audit.Sources;
using ProvenanceCheck.Audit.Store;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Audit.Pipeline;

/// <summary>
/// Runs an audit as a bounded pipeline: one reader walks the sources, <see cref="AuditOptions.Jobs"/>
/// workers skip unchanged articles and check the rest, one writer commits batches to the store. A plain file
/// whose stamp vouches for its stored result is skipped unread; any other file is read by its worker and hashed.
/// The channels between them are bounded, so memory stays flat however large the archive.
/// </summary>
public sealed class AuditRunner
{
    private readonly AuditPlanner _planner;
    private readonly AuditOptions _options;

    /// <summary>An audit with one checker for every article and no configuration files.</summary>
    public AuditRunner(ArticleChecker checker, AuditOptions options)
        : this(new AuditPlanner(checker, options.Check, forcedFormat: options.Sources.ForcedFormat), options)
    {
    }

    /// <summary>An audit whose articles are planned (configuration, severities, fail level) by <paramref name="planner"/>.</summary>
    public AuditRunner(AuditPlanner planner, AuditOptions options)
    {
        _planner = planner;
        _options = options;
    }

    /// <summary>Audits the inputs (folders, files, archives) into the store.</summary>
    /// <exception cref="InputException">An input path does not exist or the store cannot be opened.</exception>
    public AuditSummary Run(IReadOnlyList<string> inputs, AuditProgress progress, CancellationToken cancellation = default)
    {
        // "site ./site/" names one folder twice: reading it twice would check every article twice and count it so.
        inputs = [.. inputs.DistinctBy(i => Path.TrimEndingDirectorySeparator(Path.GetFullPath(i)), StringComparer.Ordinal)];
        var sources = inputs.Select(SourceKinds.Open).ToList();
        var stopwatch = Stopwatch.StartNew();

        // Each input's policies are compiled now, so a broken configuration is reported before anything is written,
        // unless this store records that an earlier run compiled exactly this plan: then only an article that needs
        // checking compiles it, and a run in which nothing changed compiles nothing.
        var inputPlans = inputs.Select(_planner.ForInput).ToList();
        var vouched = new ConcurrentDictionary<string, bool>(
            AuditStore.KnownDecisions(_options.DatabasePath).Select(d => KeyValuePair.Create(d, true)), StringComparer.Ordinal);
        foreach (var plan in inputPlans.Where(p => !vouched.ContainsKey(p.DecisionHash)))
        {
            _ = plan.Checker;
        }

        using var store = AuditStore.Open(_options.DatabasePath);
        foreach (var plan in inputPlans.Where(p => p.IsCompiled && vouched.TryAdd(p.DecisionHash, true)))
        {
            store.SaveDecision(plan.DecisionHash, plan.Checker.Policies);
        }

        var runId = store.BeginRun(inputPlans.Count > 0 ? inputPlans[0].PolicyHash : "", inputs, _options.Shard?.ToString());

        var jobs = Math.Max(1, _options.Jobs);
        var items = Channel.CreateBounded<AuditItem>(new BoundedChannelOptions(jobs * 4) { SingleWriter = true });
        var writes = Channel.CreateBounded<StoreWrite>(new BoundedChannelOptions(_options.BatchSize * 2) { SingleReader = true });
        var sourceOptions = _options.Shard is { } shard ? _options.Sources with { Wanted = shard.Contains } : _options.Sources;

        // If the writer fails (disk full, store locked), the reader and workers must not wait forever on full channels.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        if (_options.CountAhead)
        {
            _ = Task.Run(() => progress.SetExpected(ArticleCounter.Count(inputs, _options.Sources, _options.Shard, stop.Token)), stop.Token);
        }

        var reader = Task.Run(() => Produce(sources, sourceOptions, _options.DatabasePath, items.Writer, progress, stop.Token), stop.Token);
        var workers = Enumerable.Range(0, jobs)
            .Select(_ => Task.Run(() => Work(items.Reader, writes.Writer, vouched, progress, stop.Token), stop.Token))
            .ToArray();
        var closer = Task.WhenAll(workers).ContinueWith(t => writes.Writer.Complete(t.Exception?.InnerException), TaskScheduler.Default);

        try
        {
            Write(store, runId, writes.Reader, progress);
            Task.WhenAll([reader, closer, .. workers]).GetAwaiter().GetResult();
            stop.Cancel(); // ends the count-ahead walk if it is still going
        }
        catch
        {
            stop.Cancel();
            throw;
        }

        var stale = store.ApplyBaseline(_options.Baseline);
        var failing = store.CountFailing(_options.FailOn);
        store.FinishRun(runId, progress.Checked, progress.Unchanged, progress.Errors);
        return new AuditSummary(runId, progress.Checked, progress.Unchanged, progress.Errors, progress.Violations, stopwatch.Elapsed)
        {
            Failing = failing,
            StaleBaselineEntries = _options.Baseline is null ? null : stale,
        };
    }

    private static void Produce(List<IArticleSource> sources, SourceOptions sourceOptions, string databasePath, ChannelWriter<AuditItem> writer, AuditProgress progress, CancellationToken cancellation)
    {
        try
        {
            using var seen = new SeenIds(databasePath);
            foreach (var source in sources)
            {
                foreach (var item in SourceReading.Safely(source, sourceOptions, cancellation))
                {
                    progress.AddSeen();
                    writer.WriteAsync(seen.Add(item.Id) ? item : Duplicate(item, seen), cancellation).AsTask().GetAwaiter().GetResult();
                }
            }

            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
            throw;
        }
    }

    // The first article keeps the id; a later one is an input error under an id of its own, the same in every run.
    private static AuditItem Duplicate(AuditItem item, SeenIds seen)
    {
        var copy = 2;
        while (!seen.Add($"{item.Id}~{copy}"))
        {
            copy++;
        }

        return AuditItem.Failed($"{item.Id}~{copy}", item.Source, $"the id '{item.Id}' was already used by an earlier article in this audit; this one is not checked");
    }

    private async Task Work(ChannelReader<AuditItem> items, ChannelWriter<StoreWrite> writes, ConcurrentDictionary<string, bool> vouched, AuditProgress progress, CancellationToken cancellation)
    {
        using var lookup = new StoreLookup(_options.DatabasePath);
        await foreach (var pending in items.ReadAllAsync(cancellation))
        {
            var plan = _planner.For(pending.Source);
            if (!vouched.ContainsKey(plan.DecisionHash))
            {
                // A folder's own configuration is validated before any of its articles is stored, as the inputs' are.
                _ = plan.Checker;
                if (vouched.TryAdd(plan.DecisionHash, true))
                {
                    await writes.WriteAsync(new StoreWrite(null, null, plan), cancellation);
                }
            }

            var stored = lookup.Find(pending.Id);
            var item = pending;
            if (pending.File is { } file)
            {
                if (stored is not null && file.Stamp() is { } stamp && stored.Vouches(stamp, pending.Format.ToName(), plan.DecisionHash))
                {
                    progress.AddUnchanged();
                    continue;
                }

                item = file.Load(pending);
                progress.AddFileRead();
            }

            if (item.Content is null)
            {
                progress.AddError();
                await writes.WriteAsync(new StoreWrite(ArticleRecorder.Failed(item, null, item.Error ?? "unreadable", plan), null), cancellation);
                continue;
            }

            var hash = ArticleRecorder.ContentHash(item);
            if (stored is not null && stored.Matches(hash, plan.DecisionHash))
            {
                progress.AddUnchanged();
                if (NewStamp(item, hash, stored, plan) is { } refresh)
                {
                    await writes.WriteAsync(new StoreWrite(null, refresh), cancellation);
                }

                continue;
            }

            var record = ArticleRecorder.Record(item, hash, plan);
            if (record.Error is null)
            {
                progress.AddChecked(record.Diagnostics.Count);
            }
            else
            {
                progress.AddError();
            }

            await writes.WriteAsync(new StoreWrite(record, null), cancellation);
        }
    }

    // A touched file with the same content keeps its result; its new stamp is stored so the next run need not read it.
    private static StampRefresh? NewStamp(AuditItem item, string hash, StoredArticle stored, AuditPlan plan) =>
        item is { Stamp: { } stamp, StampedAt: { } readAt } && !stored.Vouches(stamp, item.Format.ToName(), plan.DecisionHash)
            ? new StampRefresh(item.Id, hash, plan.DecisionHash, stamp, readAt)
            : null;

    private void Write(AuditStore store, long runId, ChannelReader<StoreWrite> writes, AuditProgress progress)
    {
        var articles = new List<ArticleRecord>(_options.BatchSize);
        var refreshes = new List<StampRefresh>();
        while (writes.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (articles.Count + refreshes.Count < _options.BatchSize && writes.TryRead(out var write))
            {
                if (write.Article is { } article)
                {
                    articles.Add(article);
                }
                else if (write.Refresh is { } refresh)
                {
                    refreshes.Add(refresh);
                }
                else if (write.Decision is { } decision)
                {
                    store.SaveDecision(decision.DecisionHash, decision.Checker.Policies);
                }
            }

            if (articles.Count + refreshes.Count > 0)
            {
                store.Write(articles, refreshes, runId);
                progress.AddStored(articles.Count);
                articles.Clear();
                refreshes.Clear();
            }
        }

        // Completion with an exception surfaces here, after every good batch is committed.
        writes.Completion.GetAwaiter().GetResult();
    }
}
