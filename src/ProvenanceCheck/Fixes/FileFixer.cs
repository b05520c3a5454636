using ProvenanceCheck.Configuration;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Fixes;

/// <summary>Works out the fixes for one article file: read, check with its configuration, propose, apply and encode in memory.</summary>
public static class FileFixer
{
    /// <summary>
    /// Fixes every diagnostic whose rule has an automatic fix, or, with <paramref name="ruleId"/>, every fix of that
    /// rule (automatic or not). Nothing is written: the caller writes <see cref="FileFixResult.NewBytes"/> or shows a
    /// diff. A file whose encoding cannot carry the fix gets a <see cref="FileFixResult.Refusal"/> instead of bytes.
    /// </summary>
    /// <exception cref="InputException">The file cannot be read as an article.</exception>
    public static FileFixResult Fix(string path, ArticleFormat format, CheckPlan plan, string? ruleId, long maxBytes = SourceDecoder.DefaultMaxBytes)
    {
        var bytes = Files.BoundedFile.ReadAllBytes(path, maxBytes)
            ?? throw new InputException($"{path}: {Files.BoundedFile.TooLarge(maxBytes)} (raise it with --max-file-size)");
        var source = SourceDecoder.Decode(bytes, path, format, maxBytes);
        var result = plan.Checker.Check(source, format, plan.Options);
        var fixes = FixProvider.Propose(result, plan.Settings, (diagnostic, fix) =>
            ruleId is null ? fix.Automatic : string.Equals(diagnostic.Id, ruleId, StringComparison.OrdinalIgnoreCase));
        var edits = FixProvider.NonOverlapping(fixes.SelectMany(f => f.Edits));
        var outcome = new FileFixResult(path, bytes, source.Text, FixProvider.Apply(source.Text, edits), fixes);
        if (!outcome.Changed)
        {
            return outcome;
        }

        try
        {
            return outcome with { NewBytes = SourceFileWriter.Encode(path, bytes, source.Text, edits) };
        }
        catch (InputException refusal)
        {
            return outcome with { Refusal = refusal.Message };
        }
    }
}
