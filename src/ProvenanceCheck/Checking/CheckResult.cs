using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Checking;

/// <summary>The outcome of checking one article.</summary>
/// <param name="Article">The article as read.</param>
/// <param name="Diagnostics">Its diagnostics, in file order, with severity <see cref="Severity.None"/> removed.</param>
public sealed record CheckResult(Article Article, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The path the article was read from.</summary>
    public string Path => Article.Source.Path;

    /// <summary>The number of active diagnostics of a severity.</summary>
    public int Count(Severity severity) => Diagnostics.Count(d => d.IsActive && d.Severity == severity);

    /// <summary>The diagnostics that count: neither suppressed in the article nor already in a baseline.</summary>
    public IEnumerable<Diagnostic> Active => Diagnostics.Where(d => d.IsActive);

    /// <summary>Whether any diagnostic is at or above <paramref name="level"/>.</summary>
    public bool FailsAt(Severity level) => Active.Any(d => d.Severity >= level && d.Severity != Severity.None);
}
