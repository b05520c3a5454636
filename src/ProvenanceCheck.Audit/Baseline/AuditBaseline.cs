using ProvenanceCheck.Audit.Store;
using ProvenanceCheck.Baselines;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Audit.Baseline;

/// <summary>
/// Baselines for audits, in exactly the format <c>provcheck check --write-baseline</c> writes (read with
/// <see cref="Baselines.Baseline.Read"/>, fingerprints from <see cref="Fingerprinter"/>). An entry's
/// <c>path</c> is matched against the article id; because a folder input's ids are the folder's name and
/// the path inside it, a baseline that <c>check</c> wrote in the folder holding the audited folder matches as it is.
/// </summary>
public static class AuditBaseline
{
    /// <summary>Reads a baseline file written by <c>check --write-baseline</c> or <c>report --write-baseline</c>.</summary>
    /// <exception cref="InputException">The file is missing or in another format.</exception>
    public static IReadOnlyList<BaselineEntry> Load(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new InputException($"{path}: no such baseline file");
        }

        return Baselines.Baseline.Read(path).Entries;
    }

    /// <summary>Writes every finding in the store as a baseline, in <c>check</c>'s format, with article ids as paths.</summary>
    public static void Write(Stream output, AuditStore store) => Baselines.Baseline.Write(output, store.BaselineEntries());
}
