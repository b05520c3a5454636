using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Checking;

/// <summary>
/// How many findings one article may report, and PC0003, which says that more were found (as a compiler stops at
/// its error limit). A 4 MB run-on text of 800,000 casualty figures otherwise made 800 MB of JSON and held 3 GB while
/// writing it, in the service as much as in the CLI.
/// </summary>
public static class FindingLimit
{
    /// <summary>The default limit per article: far more than an editor reads, far less than a pathological text makes.</summary>
    public const int Default = 10_000;

    /// <summary>PC0003: the article has more findings than the limit; its severity is the worst of those not reported.</summary>
    public static RuleDescriptor TooManyFindings { get; } = new()
    {
        Id = "PC0003",
        Title = "Too many findings",
        MessageFormat = "{text} more findings were not reported: at most {limit} are reported per article",
        Category = "Checking",
        DefaultSeverity = Severity.Info,
        Kind = "built-in",
        HelpUri = "https://provenancecheck.dev/rules/PC0003",
        Description = "An article with more findings than the limit reports the first ones the rules make and this one, with the severity of " +
                      "the worst finding left out, so the verdict and exit code stay right.",
        Origin = "built-in",
    };
}
