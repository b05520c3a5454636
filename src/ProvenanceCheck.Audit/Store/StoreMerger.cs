using Microsoft.Data.Sqlite;

namespace ProvenanceCheck.Audit.Store;

/// <summary>
/// <c>provcheck merge</c>: folds shard stores into one. Articles, their diagnostics, runs, policies and the
/// decisions the shards compiled are copied; an article id present in more than one input keeps the copy from the
/// later input (shards never overlap).
/// Merging the same store again changes nothing: articles and diagnostics are replaced by id, runs are matched by their start.
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

        // Every input is opened and checked before the output is touched, so a bad shard named last does not leave
        // the output holding the ones before it.
        foreach (var input in inputs)
        {
            Verify(input);
        }

        var created = !File.Exists(output);
        try
        {
            return MergeInto(inputs, output);
        }
        catch when (created)
        {
            // What remains (disk full, I/O) fails mid-way; a store that did not exist before is not left half made.
            foreach (var file in new[] { output, output + "-wal", output + "-shm", output + "-journal" })
            {
                File.Delete(file);
            }

            throw;
        }
    }

    private static long MergeInto(IReadOnlyList<string> inputs, string output)
    {
        using var store = AuditStore.Open(output);
        foreach (var input in inputs)
        {
            try
            {
                MergeOne(store, input);
            }
            catch (SqliteException ex)
            {
                // SQLite does not say which store it could not read: the input or the output.
                throw new Documents.InputException($"merging {input} into {output}: {ex.Message.ReplaceLineEndings(" ")}", ex);
            }
        }

        using var count = store.Command("SELECT COUNT(*) FROM articles");
        return (long)count.ExecuteScalar()!;
    }

    /// <summary>Opens <paramref name="input"/> as a store (replaying the WAL of a shard killed mid-run, checking its schema) and checks its pages.</summary>
    private static void Verify(string input)
    {
        using var source = AuditStore.Open(input, mustExist: true);

        // A damaged shard can still open, and SQLite reads past damage it does not touch: one such store merged
        // "1 article" without a word, another damaged the output and the error surfaced while merging the next.
        using var check = source.Command("PRAGMA quick_check");
        if (check.ExecuteScalar() is string verdict && verdict != "ok")
        {
            throw new Documents.InputException($"{input}: audit store is damaged ({verdict}); nothing was merged");
        }
    }

    private static void MergeOne(AuditStore store, string input)
    {
        using (var attach = store.Command("ATTACH DATABASE $path AS src"))
        {
            attach.Parameters.AddWithValue("$path", input);
            attach.ExecuteNonQuery();
        }

        try
        {
            using var transaction = store.Connection.BeginTransaction();
            AuditStore.Execute(store.Connection, "INSERT OR IGNORE INTO policies SELECT * FROM src.policies;", transaction);
            AuditStore.Execute(store.Connection, "INSERT OR IGNORE INTO decisions(hash, policy_hash) SELECT hash, policy_hash FROM src.decisions;", transaction);
            CopyRuns(store, transaction);
            AuditStore.Execute(store.Connection, "DELETE FROM diagnostics WHERE article_id IN (SELECT id FROM src.articles);", transaction);
            using (var copy = store.Command(
                """
                INSERT OR REPLACE INTO articles(id, source, format, content_hash, policy_hash, error, title, author, published, month, section, url, metadata, diagnostics, score, run_id, fail_level,
                    file_length, file_mtime, stamped_at)
                SELECT id, source, format, content_hash, policy_hash, error, title, author, published, month, section, url, metadata, diagnostics, score,
                       (SELECT new_id FROM temp.run_map WHERE old_id = src.articles.run_id), fail_level, file_length, file_mtime, stamped_at
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

        // A run is the same run when it started at the same instant with the same inputs, shard and policy:
        // merging a shard again maps onto the copy already there (updating its counts if it has since finished).
        foreach (var id in old)
        {
            using var copy = store.Command(
                """
                UPDATE runs SET finished = s.finished, checked = s.checked, unchanged = s.unchanged, errors = s.errors
                FROM (SELECT * FROM src.runs WHERE id = $id) AS s
                WHERE runs.started = s.started AND runs.inputs = s.inputs AND runs.policy_hash = s.policy_hash AND runs.shard IS s.shard;
                INSERT INTO runs(started, finished, policy_hash, inputs, shard, checked, unchanged, errors)
                SELECT started, finished, policy_hash, inputs, shard, checked, unchanged, errors FROM src.runs s WHERE id = $id
                  AND NOT EXISTS(SELECT 1 FROM runs r WHERE r.started = s.started AND r.inputs = s.inputs AND r.policy_hash = s.policy_hash AND r.shard IS s.shard);
                INSERT INTO temp.run_map
                SELECT $id, r.id FROM runs r JOIN src.runs s ON s.id = $id
                WHERE r.started = s.started AND r.inputs = s.inputs AND r.policy_hash = s.policy_hash AND r.shard IS s.shard
                ORDER BY r.id LIMIT 1;
                """, transaction);
            copy.Parameters.AddWithValue("$id", id);
            copy.ExecuteNonQuery();
        }

    }
}
