using Microsoft.Data.Sqlite;
using ProvenanceCheck.Audit.Sources;

namespace ProvenanceCheck.Audit.Store;

/// <summary>
/// A worker's own read connection (WAL lets it read while the writer writes): what the store holds for one
/// article id, without keeping any list of articles in memory.
/// </summary>
internal sealed class StoreLookup : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _command;
    private readonly SqliteParameter _id;

    public StoreLookup(string path)
    {
        _connection = AuditStore.OpenConnection(path, readOnly: true);
        _command = _connection.CreateCommand();
        _command.CommandText = "SELECT content_hash, policy_hash, format, file_length, file_mtime, stamped_at FROM articles WHERE id=$id";
        _id = _command.Parameters.Add("$id", SqliteType.Text);
    }

    /// <summary>The stored article with this id, or null.</summary>
    public StoredArticle? Find(string id)
    {
        _id.Value = id;
        using var reader = _command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var stamp = reader.IsDBNull(3) || reader.IsDBNull(4) ? (FileStamp?)null : new FileStamp(reader.GetInt64(3), reader.GetInt64(4));
        var stampedAt = reader.IsDBNull(5) ? (DateTime?)null : new DateTime(reader.GetInt64(5), DateTimeKind.Utc);
        return new StoredArticle(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1), reader.GetString(2), stamp, stampedAt);
    }

    public void Dispose()
    {
        _command.Dispose();
        _connection.Dispose();
    }
}
