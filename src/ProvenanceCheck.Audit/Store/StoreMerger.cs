using Microsoft.Data.Sqlite;

namespace ProvenanceCheck.Audit.Store;

/// <summary>
/// <c>provcheck merge</c>: folds shard stores into one. Articles, their diagnostics, runs and policies are
/// copied; an article id present in more than one input keeps the copy from the later input (shards never overlap).
/// </summary>
public static class StoreMerger
{
    /// <summary>Merges <paramref name="inputs"/> into <paramref name="output"/> (created or added to).</summary>
    /// <exception cref="Documents.InputException">An input is missing or not an audit store.</exception>
    public static long Merge(IReadOnlyList<string> inputs, string output)
    {
        foreach (var input in inputs)
        {
            if (!File.Exists(input))
            {
                throw new Documents.InputException($"{input}: no such audit store");
            }

            if (Path.GetFullPath(input) == Path.GetFullPath(output))
            {
                throw new Documents.InputException($"{input}: cannot merge a store into itself");
            }
        }

        using var store = AuditStore.Open(output);
        foreach (var input in inputs)
        {
            MergeOne(store, input);
        }

        using var count = store.Command("SELECT COUNT(*) FROM articles");
        return (long)count.ExecuteScalar()!;
    }

    private static void MergeOne(AuditStore store, string input)
    {
        // Opening the input as a store first replays its WAL (a shard killed mid-run) and checks its schema.
        using (AuditStore.Open(input, mustExist: true))
        {
        }

        using (var attach = store.Command("ATTACH DATABASE $path AS src"))
        {
            attach.Parameters.AddWithValue("$path", input);
            attach.ExecuteNonQuery();
        }

        try
        {
            using var transaction = store.Connection.BeginTransaction();
            AuditStore.Execute(store.Connection, "INSERT OR IGNORE INTO policies SELECT * FROM src.policies;", transaction);
            CopyRuns(store, transaction);
            AuditStore.Execute(store.Connection, "DELETE FROM diagnostics WHERE article_id IN (SELECT id FROM src.articles);", transaction);
            using (var copy = store.Command(
                """
                INSERT OR REPLACE INTO articles(id, source, format, content_hash, policy_hash, error, title, author, published, month, section, url, metadata, diagnostics, score, run_id, fail_level)
                SELECT id, source, format, content_hash, policy_hash, error, title, author, published, month, section, url, metadata, diagnostics, score,
                       (SELECT new_id FROM temp.run_map WHERE old_id = src.articles.run_id), fail_level
                FROM src.articles
                """, transaction))
            {
                copy.ExecuteNonQuery();
            }

            AuditStore.Execute(store.Connection, "INSERT OR REPLACE INTO diagnostics SELECT * FROM src.diagnostics;", transaction);
            transaction.Commit();
        }
        finally
        {
            AuditStore.Execute(store.Connection, "DETACH DATABASE src;");
        }
    }

    private static void CopyRuns(AuditStore store, SqliteTransaction transaction)
    {
        AuditStore.Execute(store.Connection, "CREATE TEMP TABLE IF NOT EXISTS run_map(old_id INTEGER PRIMARY KEY, new_id INTEGER); DELETE FROM temp.run_map;", transaction);
        var old = new List<long>();
        using (var list = store.Command("SELECT id FROM src.runs ORDER BY id", transaction))
        using (var reader = list.ExecuteReader())
        {
            while (reader.Read())
            {
                old.Add(reader.GetInt64(0));
            }
        }

        foreach (var id in old)
        {
            using var copy = store.Command(
                """
                INSERT INTO runs(started, finished, policy_hash, inputs, shard, checked, unchanged, errors)
                SELECT started, finished, policy_hash, inputs, shard, checked, unchanged, errors FROM src.runs WHERE id = $id;
                INSERT INTO temp.run_map VALUES($id, last_insert_rowid());
                """, transaction);
            copy.Parameters.AddWithValue("$id", id);
            copy.ExecuteNonQuery();
        }

    }
}
