using Microsoft.Data.Sqlite;

namespace ProvenanceCheck.Audit.Tests.Infrastructure;

/// <summary>A store's content as sorted lines, to compare two stores (run ids and timestamps left out).</summary>
public static class StoreDump
{
    public static List<string> Articles(string db) => Lines(db,
        "SELECT id, source, format, content_hash, policy_hash, error, title, author, published, month, section, url, metadata, diagnostics, score FROM articles ORDER BY id");

    public static List<string> Diagnostics(string db) => Lines(db,
        "SELECT article_id, ordinal, rule_id, severity, message, start, length, line, col, end_line, end_col, text, sentence, fingerprint, baselined FROM diagnostics ORDER BY article_id, ordinal");

    public static long Scalar(string db, string sql)
    {
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Text(string db, string sql)
    {
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private static List<string> Lines(string db, string sql)
    {
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return lines;
    }

    private static SqliteConnection Open(string db)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
