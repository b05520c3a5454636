using Microsoft.Data.Sqlite;

namespace ProvenanceCheck.Audit.Pipeline;

/// <summary>
/// The article ids one audit run has produced, to catch an id used twice (two JSON Lines rows, two zip entries of
/// one name): the second article used to replace the first in the store while the run counted both, and every
/// re-run checked one of them again. Kept in an SQLite file beside the store (whose folder is writable, where the
/// system's temporary folder may not be in a container), so memory stays flat however many articles the run holds.
/// </summary>
internal sealed class SeenIds : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _add;
    private readonly SqliteParameter _id;
    private readonly string _path;

    /// <summary>A new, empty set kept beside <paramref name="storePath"/> until disposed.</summary>
    public SeenIds(string storePath)
    {
        // One file per process, since two audits may share a store; one killed with -9 leaves its file, which the next
        // run on the store removes.
        _path = $"{storePath}-ids-{Environment.ProcessId}";
        RemoveLeftovers(storePath);
        File.Delete(_path);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());
        _connection.Open();
        using (var setup = _connection.CreateCommand())
        {
            setup.CommandText = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; CREATE TABLE seen(id TEXT PRIMARY KEY) WITHOUT ROWID; BEGIN;";
            setup.ExecuteNonQuery();
        }

        _add = _connection.CreateCommand();
        _add.CommandText = "INSERT OR IGNORE INTO seen(id) VALUES ($id)";
        _id = _add.Parameters.Add("$id", SqliteType.Text);
    }

    /// <summary>Records <paramref name="id"/>; false if this run has produced it before.</summary>
    public bool Add(string id)
    {
        _id.Value = id;
        return _add.ExecuteNonQuery() == 1;
    }

    private static void RemoveLeftovers(string storePath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(storePath))!;
        foreach (var file in Directory.EnumerateFiles(folder, Path.GetFileName(storePath) + "-ids-*"))
        {
            if (int.TryParse(file.AsSpan(file.LastIndexOf('-') + 1), out var pid) && !IsRunning(pid))
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // Another run's cleanup got there first.
                }
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        _add.Dispose();
        _connection.Dispose();
        File.Delete(_path);
    }
}
