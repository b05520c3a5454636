using Microsoft.Data.Sqlite;

namespace ProvenanceCheck.Audit.Store;

/// <summary>
/// A worker's own read connection (WAL lets it read while the writer writes): tells whether an article
/// with this content and policy is already stored, without keeping any list of articles in memory.
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
        _command.CommandText = "SELECT content_hash, policy_hash FROM articles WHERE id=$id";
        _id = _command.Parameters.Add("$id", SqliteType.Text);
    }

    public bool IsUpToDate(string id, string contentHash, string policyHash)
    {
        _id.Value = id;
        using var reader = _command.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(0) && reader.GetString(0) == contentHash && reader.GetString(1) == policyHash;
    }

    public void Dispose()
    {
        _command.Dispose();
        _connection.Dispose();
    }
}
