using System.Text.Encodings.Web;
using System.Text.Json;
using ProvenanceCheck.Checking;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Reporting;

namespace ProvenanceCheck.Baselines;

/// <summary>
/// A baseline file: the diagnostics an archive already had when it was adopted. Applied to new results, it
/// marks known diagnostics <see cref="BaselineState.Unchanged"/> (they stop counting), the rest
/// <see cref="BaselineState.New"/>, and counts entries nothing matched any more (stale).
/// </summary>
public sealed class Baseline
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private Baseline(string directory, IReadOnlyList<BaselineEntry> entries)
    {
        Directory = directory;
        Entries = entries;
    }

    /// <summary>The folder article paths are relative to (the baseline file's).</summary>
    public string Directory { get; }

    /// <summary>The accepted diagnostics.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>
    /// Builds a baseline from results: every unsuppressed diagnostic, which the baseline then accepts, and every
    /// suppressed one, recorded only so that a later run can tell it is not new.
    /// </summary>
    public static Baseline FromResults(IReadOnlyList<CheckResult> results, string baselinePath)
    {
        var directory = DirectoryOf(baselinePath);
        var entries = new List<BaselineEntry>();
        foreach (var result in results)
        {
            var path = RelativePath(directory, result.Path);
            foreach (var suppressed in new[] { false, true })
            {
                var diagnostics = result.Diagnostics.Where(d => d.Suppression is not null == suppressed).ToList();
                var fingerprints = Fingerprinter.Compute(diagnostics);
                entries.AddRange(diagnostics.Select((d, i) => new BaselineEntry(path, d.Id, fingerprints[i], d.Sentence ?? d.Text, suppressed)));
            }
        }

        return new Baseline(directory, entries);
    }

    /// <summary>Reads a baseline file.</summary>
    /// <exception cref="InputException">The file is missing or not a baseline.</exception>
    public static Baseline Read(string path)
    {
        if (System.IO.Directory.Exists(path))
        {
            throw new InputException($"{path}: is a folder, not a baseline file");
        }

        try
        {
            using var document = JsonDocument.Parse(Files.BoundedFile.ReadAllBytes(path, MaxFileBytes)
                ?? throw new InputException($"{path}: {Files.BoundedFile.TooLarge(MaxFileBytes)}"));
            var entries = document.RootElement.GetProperty("entries").EnumerateArray()
                .Select(e => new BaselineEntry(
                    e.GetProperty("path").GetString()!,
                    e.GetProperty("rule").GetString()!,
                    e.GetProperty("fingerprint").GetString()!,
                    e.GetProperty("text").GetString() ?? "",
                    e.TryGetProperty("suppressed", out var suppressed) && suppressed.GetBoolean()))
                .ToList();
            return new Baseline(DirectoryOf(path), entries);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InputException($"{path}: not a readable baseline file ({ex.Message.ReplaceLineEndings(" ")})");
        }
    }

    // Far above any real baseline (a few hundred bytes an entry); it only stops a pipe or device that never ends.
    private const long MaxFileBytes = 256L * 1024 * 1024;

    /// <summary>Writes the baseline as JSON.</summary>
    public void Write(Stream output) => Write(output, Entries);

    /// <summary>Writes entries in the baseline file format (for stores that keep their findings elsewhere, such as audits).</summary>
    public static void Write(Stream output, IEnumerable<BaselineEntry> entries)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        writer.WriteStartObject();
        writer.WriteNumber("version", 1);
        JsonReportWriter.WriteTool(writer);
        writer.WriteStartArray("entries");
        foreach (var entry in entries)
        {
            writer.WriteStartObject();
            writer.WriteString("path", entry.Path);
            writer.WriteString("rule", entry.RuleId);
            writer.WriteString("fingerprint", entry.Fingerprint);
            writer.WriteString("text", entry.Text);
            if (entry.Suppressed)
            {
                writer.WriteBoolean("suppressed", true);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Marks each result's diagnostics against the baseline; returns the results and the number of stale entries.
    /// Every diagnostic gets a state, suppressed ones included, so that SARIF and JSON consumers see a state on
    /// every result of a baselined run.
    /// </summary>
    public (IReadOnlyList<CheckResult> Results, int Stale) Apply(IReadOnlyList<CheckResult> results)
    {
        var remaining = Entries.Where(e => !e.Suppressed).GroupBy(e => (e.Path, e.Fingerprint)).ToDictionary(g => g.Key, g => g.Count());
        var baselined = Entries.Select(e => (e.Path, e.Fingerprint)).ToHashSet();
        var marked = new List<CheckResult>(results.Count);
        foreach (var result in results)
        {
            var path = RelativePath(Directory, result.Path);
            var candidates = result.Diagnostics.Where(d => d.Suppression is null).ToList();
            var fingerprints = Fingerprinter.Compute(candidates);
            var states = new Dictionary<Diagnostic, BaselineState>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < candidates.Count; i++)
            {
                var key = (path, fingerprints[i]);
                var known = remaining.TryGetValue(key, out var count) && count > 0;
                remaining[key] = count - (known ? 1 : 0);
                states[candidates[i]] = known ? BaselineState.Unchanged : BaselineState.New;
            }

            MarkSuppressed(result, path, baselined, states);
            marked.Add(result with { Diagnostics = [.. result.Diagnostics.Select(d => states.TryGetValue(d, out var state) ? d with { BaselineState = state } : d)] });
        }

        // Only entries of the files checked this time can be stale: a partial run does not invalidate the rest.
        var checkedPaths = results.Select(r => RelativePath(Directory, r.Path)).ToHashSet(StringComparer.Ordinal);
        var stale = remaining.Where(r => checkedPaths.Contains(r.Key.Path)).Sum(r => Math.Max(0, r.Value));
        return (marked, stale);
    }

    /// <summary>
    /// A suppressed diagnostic is unchanged when the baseline holds it, suppressed then or not, else new. The
    /// lookup uses no entry up: the suppression, not the baseline, covers the finding, so an entry that accepted
    /// it before it was suppressed counts as stale.
    /// </summary>
    private static void MarkSuppressed(CheckResult result, string path, HashSet<(string Path, string Fingerprint)> baselined, Dictionary<Diagnostic, BaselineState> states)
    {
        var suppressed = result.Diagnostics.Where(d => d.Suppression is not null).ToList();
        var fingerprints = Fingerprinter.Compute(suppressed);
        for (var i = 0; i < suppressed.Count; i++)
        {
            states[suppressed[i]] = baselined.Contains((path, fingerprints[i])) ? BaselineState.Unchanged : BaselineState.New;
        }
    }

    private static string DirectoryOf(string path) => Path.GetDirectoryName(Path.GetFullPath(path))!;

    private static string RelativePath(string directory, string path) =>
        path == "<stdin>" || path == "-" ? "<stdin>" : Path.GetRelativePath(directory, Path.GetFullPath(path)).Replace('\\', '/');
}
