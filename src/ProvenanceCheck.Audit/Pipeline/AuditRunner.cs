using System.Diagnostics;
using System.Threading.Channels;
using ProvenanceCheck.Audit.Sources;
using ProvenanceCheck.Audit.Store;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Audit.Pipeline;

/// <summary>
/// Runs an audit as a bounded pipeline: one reader walks the sources, <see cref="AuditOptions.Jobs"/>
/// workers hash, skip unchanged articles and check the rest, one writer commits batches to the store.
/// The channels between them are bounded, so memory stays flat however large the archive.
/// </summary>
public sealed class AuditRunner(ArticleChecker checker, AuditOptions options)
{
    /// <summary>Audits the inputs (folders, files, archives) into the store.</summary>
    /// <exception cref="InputException">An input path does not exist or the store cannot be opened.</exception>
    public AuditSummary Run(IReadOnlyList<string> inputs, AuditProgress progress, CancellationToken cancellation = default)
    {
        var sources = inputs.Select(SourceKinds.Open).ToList();
        var stopwatch = Stopwatch.StartNew();
        using var store = AuditStore.Open(options.DatabasePath);
        store.SavePolicy(checker.Policies);
        var runId = store.BeginRun(checker.Policies.Hash, inputs, options.Shard?.ToString());

        var jobs = Math.Max(1, options.Jobs);
        var items = Channel.CreateBounded<AuditItem>(new BoundedChannelOptions(jobs * 4) { SingleWriter = true });
        var records = Channel.CreateBounded<ArticleRecord>(new BoundedChannelOptions(options.BatchSize * 2) { SingleReader = true });
        var sourceOptions = options.Shard is { } shard ? options.Sources with { Wanted = shard.Contains } : options.Sources;

        // If the writer fails (disk full, store locked), the reader and workers must not wait forever on full channels.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        if (options.CountAhead)
        {
            _ = Task.Run(() => progress.SetExpected(ArticleCounter.Count(inputs, options.Sources, options.Shard, stop.Token)), stop.Token);
        }

        var reader = Task.Run(() => Produce(sources, sourceOptions, items.Writer, progress, stop.Token), stop.Token);
        var recorder = new ArticleRecorder(checker, options.Check);
        var workers = Enumerable.Range(0, jobs)
            .Select(_ => Task.Run(() => Work(recorder, items.Reader, records.Writer, progress, stop.Token), stop.Token))
            .ToArray();
        var closer = Task.WhenAll(workers).ContinueWith(t => records.Writer.Complete(t.Exception?.InnerException), TaskScheduler.Default);

        try
        {
            Write(store, runId, records.Reader, progress);
            Task.WhenAll([reader, closer, .. workers]).GetAwaiter().GetResult();
            stop.Cancel(); // ends the count-ahead walk if it is still going
        }
        catch
        {
            stop.Cancel();
            throw;
        }

        var stale = store.ApplyBaseline(options.Baseline);
        var failing = store.CountFailing(options.FailOn);
        store.FinishRun(runId, progress.Checked, progress.Unchanged, progress.Errors);
        return new AuditSummary(runId, progress.Checked, progress.Unchanged, progress.Errors, progress.Violations, stopwatch.Elapsed)
        {
            Failing = failing,
            StaleBaselineEntries = options.Baseline is null ? null : stale,
        };
    }

    private static void Produce(List<IArticleSource> sources, SourceOptions sourceOptions, ChannelWriter<AuditItem> writer, AuditProgress progress, CancellationToken cancellation)
    {
        try
        {
            foreach (var source in sources)
            {
                foreach (var item in SafeRead(source, sourceOptions, cancellation))
                {
                    progress.AddSeen();
                    writer.WriteAsync(item, cancellation).AsTask().GetAwaiter().GetResult();
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

    // A source that breaks half-way (truncated gzip, unreadable folder) becomes one input error, and the audit goes on.
    private static IEnumerable<AuditItem> SafeRead(IArticleSource source, SourceOptions sourceOptions, CancellationToken cancellation)
    {
        using var enumerator = source.Read(sourceOptions, cancellation).GetEnumerator();
        while (true)
        {
            AuditItem? failure = null;
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or System.Xml.XmlException)
            {
                var id = source.Name;
                failure = AuditItem.Failed(id, source.Path, "source could not be read to the end: " + ex.Message);
            }

            if (failure is not null)
            {
                yield return failure;
                yield break;
            }

            yield return enumerator.Current;
        }
    }

    private async Task Work(ArticleRecorder recorder, ChannelReader<AuditItem> items, ChannelWriter<ArticleRecord> records, AuditProgress progress, CancellationToken cancellation)
    {
        using var lookup = new StoreLookup(options.DatabasePath);
        await foreach (var item in items.ReadAllAsync(cancellation))
        {
            if (item.Content is null)
            {
                progress.AddError();
                await records.WriteAsync(recorder.Failed(item, null, item.Error ?? "unreadable"), cancellation);
                continue;
            }

            var hash = ArticleRecorder.ContentHash(item);
            if (lookup.IsUpToDate(item.Id, hash, recorder.PolicyHash))
            {
                progress.AddUnchanged();
                continue;
            }

            var record = recorder.Record(item, hash);
            if (record.Error is null)
            {
                progress.AddChecked(record.Diagnostics.Count);
            }
            else
            {
                progress.AddError();
            }

            await records.WriteAsync(record, cancellation);
        }
    }

    private void Write(AuditStore store, long runId, ChannelReader<ArticleRecord> records, AuditProgress progress)
    {
        var batch = new List<ArticleRecord>(options.BatchSize);
        while (records.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (batch.Count < options.BatchSize && records.TryRead(out var record))
            {
                batch.Add(record);
            }

            if (batch.Count > 0)
            {
                store.Write(batch, runId);
                progress.AddStored(batch.Count);
                batch.Clear();
            }
        }

        // Completion with an exception surfaces here, after every good batch is committed.
        records.Completion.GetAwaiter().GetResult();
    }
}
