using ProvenanceCheck.Configuration;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Fixes;

/// <summary>Works out the fixes for one article file: read, check with its configuration, propose, apply in memory.</summary>
public static class FileFixer
{
    /// <summary>
    /// Fixes every diagnostic whose rule has an automatic fix, or, with <paramref name="ruleId"/>, every fix of that
    /// rule (automatic or not). Nothing is written: the caller writes <see cref="FileFixResult.NewText"/> or shows a diff.
    /// </summary>
    public static FileFixResult Fix(string path, ArticleFormat format, CheckPlan plan, string? ruleId, long maxBytes = SourceDecoder.DefaultMaxBytes)
    {
        var bytes = File.ReadAllBytes(path);
        var source = SourceDecoder.Decode(bytes, path, format, maxBytes);
        var result = plan.Checker.Check(source, format, plan.Options);
        var fixes = FixProvider.Propose(result, plan.Settings, (diagnostic, fix) =>
            ruleId is null ? fix.Automatic : string.Equals(diagnostic.Id, ruleId, StringComparison.OrdinalIgnoreCase));
        var newText = FixProvider.Apply(source.Text, fixes.SelectMany(f => f.Edits));
        return new FileFixResult(path, bytes, source.Text, newText, fixes);
    }
}
