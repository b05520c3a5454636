namespace ProvenanceCheck.Audit.Pipeline;

/// <summary>Live counters of a running audit, safe to read from another thread for a progress display.</summary>
public sealed class AuditProgress
{
    private long _seen;
    private long _checked;
    private long _unchanged;
    private long _errors;
    private long _violations;
    private long _stored;
    private long _filesRead;
    private long _expected = -1;

    /// <summary>Articles taken from the sources.</summary>
    public long Seen => Interlocked.Read(ref _seen);

    /// <summary>Articles checked in this run.</summary>
    public long Checked => Interlocked.Read(ref _checked);

    /// <summary>Articles skipped because content and policy are unchanged.</summary>
    public long Unchanged => Interlocked.Read(ref _unchanged);

    /// <summary>Input errors recorded.</summary>
    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>Diagnostics found in this run.</summary>
    public long Violations => Interlocked.Read(ref _violations);

    /// <summary>Articles committed to the store in this run.</summary>
    public long Stored => Interlocked.Read(ref _stored);

    /// <summary>Plain files whose bytes were read in this run (those whose stamp could not vouch for the stored result).</summary>
    internal long FilesRead => Interlocked.Read(ref _filesRead);

    /// <summary>Articles done (checked, unchanged or failed).</summary>
    public long Done => Checked + Unchanged + Errors;

    /// <summary>The expected number of articles, or -1 while unknown (archives are not counted ahead).</summary>
    public long Expected => Interlocked.Read(ref _expected);

    internal void AddSeen() => Interlocked.Increment(ref _seen);

    internal void AddChecked(int violations)
    {
        Interlocked.Increment(ref _checked);
        Interlocked.Add(ref _violations, violations);
    }

    internal void AddUnchanged() => Interlocked.Increment(ref _unchanged);

    internal void AddError() => Interlocked.Increment(ref _errors);

    internal void AddFileRead() => Interlocked.Increment(ref _filesRead);

    internal void AddStored(int count) => Interlocked.Add(ref _stored, count);

    internal void SetExpected(long count) => Interlocked.Exchange(ref _expected, count);
}
