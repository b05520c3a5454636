namespace ProvenanceCheck.Documents;

/// <summary>Options that shape how a file is read.</summary>
public sealed record ReaderOptions
{
    /// <summary>The defaults.</summary>
    public static ReaderOptions Default { get; } = new();

    /// <summary>How to choose the body of an HTML page.</summary>
    public BodyMode Body { get; init; } = BodyMode.Auto;
}
