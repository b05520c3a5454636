using Microsoft.Data.Sqlite;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Cli.Commands;

/// <summary>Names the audit store an SQLite error came from, which SQLite's own message does not.</summary>
internal static class StoreErrors
{
    /// <summary>Runs <paramref name="action"/>; an SQLite error becomes one input error naming <paramref name="path"/>.</summary>
    public static T About<T>(string path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException ex)
        {
            // A store that opens can still be damaged further in ("database disk image is malformed" on a later page).
            throw new InputException($"{path}: audit store cannot be read ({ex.Message.ReplaceLineEndings(" ")})", ex);
        }
    }
}
