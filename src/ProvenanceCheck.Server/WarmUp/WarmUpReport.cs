namespace ProvenanceCheck.Server.WarmUp;

/// <summary>What a start-up warm-up did: checks run, time taken, methods the JIT compiled meanwhile, and whether it went quiet in time.</summary>
internal sealed record WarmUpReport(int Checks, TimeSpan Elapsed, long MethodsCompiled, bool Settled)
{
    public static readonly WarmUpReport Skipped = new(0, TimeSpan.Zero, 0, Settled: false);
}
