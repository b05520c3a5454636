using Microsoft.Data.Sqlite;

namespace ProvenanceCheck.Audit.Pipeline;

/// <summary>
/// The article ids one audit run has produced, to catch an id used twice (two JSON Lines rows, two zip entries of
/// one name): the second article used to replace the first in the store while the run counted both, and every
/// re-run checked one of them again. Kept in a private temporary SQLite database, which spills to disk, so memory
/// stays flat however many articles the run holds.
/// </summary>
internal sealed class SeenIds : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _add;
    private readonly SqliteParameter _id;

    public SeenIds()
    {
        // An empty file name is SQLite's private temporary database on disk, deleted when closed.
        _connection = new SqliteConnection("Data Source=");
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

    public void Dispose()
    {
        _add.Dispose();
        _connection.Dispose();
    }
}
