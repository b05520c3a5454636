using System.Text.Json;
using Microsoft.Data.Sqlite;
using ProvenanceCheck.Audit.Sources;
using ProvenanceCheck.Baselines;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Policies;

namespace ProvenanceCheck.Audit.Store;

/// <summary>
/// The SQLite audit store: runs, policies, articles and diagnostics. WAL journal and one transaction
/// per batch, so a run killed at any moment leaves every committed article whole and nothing half-written;
/// writes are upserts by article id, so the next run neither loses nor double-counts an article.
/// </summary>
public sealed class AuditStore : IDisposable
{
    private readonly SqliteConnection _connection;

    private AuditStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    internal SqliteConnection Connection => _connection;

    /// <summary>Opens (creating if needed) a store.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="mustExist">Refuse to create a new file (for <c>report</c>).</param>
    /// <exception cref="Documents.InputException">
    /// The file is missing (with <paramref name="mustExist"/>), cannot be opened or created, or is not an audit store.
    /// </exception>
    public static AuditStore Open(string path, bool mustExist = false)
    {
        if (mustExist && !File.Exists(path))
        {
            throw new Documents.InputException($"{path}: no such audit store");
        }

        var connection = OpenOrCreate(path);
        try
        {
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
            Execute(connection, StoreSchema.Create);
            AddMissingColumns(connection);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new Documents.InputException($"{path}: not an audit store ({ex.Message})");
        }

        return new AuditStore(path, connection);
    }

    // SQLite names no path in its errors ("unable to open database file"), so the usual mistakes are named here.
    private static SqliteConnection OpenOrCreate(string path)
    {
        if (Directory.Exists(path))
        {
            throw new Documents.InputException($"{path}: is a folder, not an audit store");
        }

        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new Documents.InputException($"{path}: no such folder to keep the audit store in");
        }

        try
        {
            return OpenConnection(path, readOnly: false);
        }
        catch (SqliteException ex)
        {
            throw new Documents.InputException($"{path}: cannot open the audit store ({ex.Message})");
        }
    }

    private static void AddMissingColumns(SqliteConnection connection)
    {
        foreach (var (table, column, definition) in StoreSchema.Added)
        {
            using var probe = connection.CreateCommand();
            probe.CommandText = $"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = '{column}'";
            if ((long)probe.ExecuteScalar()! == 0)
            {
                Execute(connection, $"ALTER TABLE {table} ADD COLUMN {column} {definition}");
            }
        }
    }

    internal static SqliteConnection OpenConnection(string path, bool readOnly)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 60,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout=60000;");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The decision hashes a run has compiled and validated into the store at <paramref name="path"/> (see
    /// <see cref="SaveDecision"/>), read without opening it for writing. A missing file, an older store or a file that
    /// is not a store knows none.
    /// </summary>
    public static IReadOnlySet<string> KnownDecisions(string path)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return known;
        }

        try
        {
            using var connection = OpenConnection(path, readOnly: true);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT d.hash FROM decisions d JOIN policies p ON p.hash = d.policy_hash";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                known.Add(reader.GetString(0));
            }
        }
        catch (SqliteException)
        {
            // Not a store, or one from before decisions were recorded: everything is compiled, and Open says what is wrong.
            known.Clear();
        }

        return known;
    }

    /// <summary>
    /// Records that a plan compiled and its configuration validated: with the same decision hash (which covers the
    /// engine's version, the policy files and the configuration), a later run need not compile it to trust stored results.
    /// </summary>
    public void SaveDecision(string decisionHash, PolicySet policies)
    {
        SavePolicy(policies);
        using var command = Command("INSERT OR IGNORE INTO decisions(hash, policy_hash) VALUES($hash, $policy)");
        command.Parameters.AddWithValue("$hash", decisionHash);
        command.Parameters.AddWithValue("$policy", policies.Hash);
        command.ExecuteNonQuery();
    }

    /// <summary>Records the policy set so the report can show what was applied.</summary>
    public void SavePolicy(PolicySet policies)
    {
        var rules = policies.Rules.Select(r => new StoredRule(r.Id, r.Title, r.DefaultSeverity.ToString().ToLowerInvariant(), r.Category, r.Description, r.Origin)).ToList();
        using var command = Command("INSERT OR IGNORE INTO policies(hash, files, rules) VALUES($hash, $files, $rules)");
        command.Parameters.AddWithValue("$hash", policies.Hash);
        command.Parameters.AddWithValue("$files", JsonSerializer.Serialize(policies.Files));
        command.Parameters.AddWithValue("$rules", JsonSerializer.Serialize(rules));
        command.ExecuteNonQuery();
    }

    /// <summary>Starts a run and returns its id.</summary>
    public long BeginRun(string policyHash, IEnumerable<string> inputs, string? shard)
    {
        using var command = Command("INSERT INTO runs(started, policy_hash, inputs, shard) VALUES($started, $policy, $inputs, $shard) RETURNING id");
        command.Parameters.AddWithValue("$started", DateTimeOffset.UtcNow.ToString("O"));
        command.Parameters.AddWithValue("$policy", policyHash);
        command.Parameters.AddWithValue("$inputs", string.Join("\n", inputs));
        command.Parameters.AddWithValue("$shard", (object?)shard ?? DBNull.Value);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Marks a run finished with its counts.</summary>
    public void FinishRun(long runId, long checkedCount, long unchanged, long errors)
    {
        using var command = Command("UPDATE runs SET finished=$finished, checked=$checked, unchanged=$unchanged, errors=$errors WHERE id=$id");
        command.Parameters.AddWithValue("$finished", DateTimeOffset.UtcNow.ToString("O"));
        command.Parameters.AddWithValue("$checked", checkedCount);
        command.Parameters.AddWithValue("$unchanged", unchanged);
        command.Parameters.AddWithValue("$errors", errors);
        command.Parameters.AddWithValue("$id", runId);
        command.ExecuteNonQuery();
    }

    /// <summary>Writes a batch of articles in one transaction, replacing earlier versions of the same ids.</summary>
    public void Write(IReadOnlyCollection<ArticleRecord> batch, long runId) => Write(batch, [], runId);

    /// <summary>Writes a batch of articles and stamp refreshes of unchanged articles in one transaction.</summary>
    internal void Write(IReadOnlyCollection<ArticleRecord> batch, IReadOnlyCollection<StampRefresh> refreshes, long runId)
    {
        using var transaction = _connection.BeginTransaction();
        WriteArticles(batch, runId, transaction);
        RefreshStamps(refreshes, transaction);
        transaction.Commit();
    }

    private void WriteArticles(IReadOnlyCollection<ArticleRecord> batch, long runId, SqliteTransaction transaction)
    {
        using var delete = Command("DELETE FROM diagnostics WHERE article_id=$id", transaction);
        var deleteId = delete.Parameters.Add("$id", SqliteType.Text);
        using var upsert = Command(
            """
            INSERT OR REPLACE INTO articles(id, source, format, content_hash, policy_hash, error, title, author, published, month, section, url, metadata, diagnostics, score, run_id, fail_level,
                file_length, file_mtime, stamped_at)
            VALUES($id, $source, $format, $hash, $policy, $error, $title, $author, $published, $month, $section, $url, $metadata, $diagnostics, $score, $run, $fail_level,
                $file_length, $file_mtime, $stamped_at)
            """, transaction);
        using var insert = Command(
            """
            INSERT OR REPLACE INTO diagnostics(article_id, ordinal, rule_id, severity, message, start, length, line, col, end_line, end_col, text, sentence, fingerprint)
            VALUES($id, $ordinal, $rule, $severity, $message, $start, $length, $line, $col, $end_line, $end_col, $text, $sentence, $fingerprint)
            """, transaction);
        foreach (var article in batch)
        {
            deleteId.Value = article.Id;
            delete.ExecuteNonQuery();
            BindArticle(upsert, article, runId);
            upsert.ExecuteNonQuery();
            for (var i = 0; i < article.Diagnostics.Count; i++)
            {
                BindDiagnostic(insert, article.Id, i, article.Diagnostics[i]);
                insert.ExecuteNonQuery();
            }
        }
    }

    // Only the row still holding the content the stamp was taken with gets it; diagnostics are not touched.
    private void RefreshStamps(IReadOnlyCollection<StampRefresh> refreshes, SqliteTransaction transaction)
    {
        using var update = Command(
            """
            UPDATE articles SET file_length=$file_length, file_mtime=$file_mtime, stamped_at=$stamped_at
            WHERE id=$id AND content_hash=$hash AND policy_hash=$policy
            """, transaction);
        foreach (var refresh in refreshes)
        {
            update.Parameters.Clear();
            update.Parameters.AddWithValue("$id", refresh.Id);
            update.Parameters.AddWithValue("$hash", refresh.ContentHash);
            update.Parameters.AddWithValue("$policy", refresh.PolicyHash);
            BindStamp(update, refresh.Stamp, refresh.StampedAt);
            update.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Marks the diagnostics a baseline lists (entry path = article id, same fingerprint) and unmarks the rest;
    /// with no baseline nothing is marked. Returns the stale entries: those of articles in the store that no
    /// finding matches any more (entries of articles not in this store, such as another shard's, are not stale).
    /// </summary>
    public int ApplyBaseline(IReadOnlyList<BaselineEntry>? entries)
    {
        using var transaction = _connection.BeginTransaction();
        Execute(_connection, "CREATE TEMP TABLE IF NOT EXISTS baseline(path TEXT NOT NULL, fingerprint TEXT NOT NULL); DELETE FROM temp.baseline;", transaction);
        using (var insert = Command("INSERT INTO temp.baseline VALUES($p, $f)", transaction))
        {
            var path = insert.Parameters.Add("$p", SqliteType.Text);
            var fingerprint = insert.Parameters.Add("$f", SqliteType.Text);
            foreach (var entry in entries ?? [])
            {
                path.Value = entry.Path;
                fingerprint.Value = entry.Fingerprint;
                insert.ExecuteNonQuery();
            }
        }

        Execute(_connection, "UPDATE diagnostics SET baselined = EXISTS(SELECT 1 FROM temp.baseline b WHERE b.path = diagnostics.article_id AND b.fingerprint = diagnostics.fingerprint);", transaction);
        using var stale = Command(
            """
            SELECT COUNT(*) FROM temp.baseline b WHERE b.path IN (SELECT id FROM articles)
              AND NOT EXISTS(SELECT 1 FROM diagnostics d WHERE d.article_id = b.path AND d.fingerprint = b.fingerprint)
            """, transaction);
        var count = Convert.ToInt32(stale.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        transaction.Commit();
        return count;
    }

    /// <summary>
    /// The findings that fail the audit: not baselined, at or above <paramref name="failOn"/> when given,
    /// else at or above each article's own configured fail level.
    /// </summary>
    public long CountFailing(Severity? failOn)
    {
        using var command = Command(
            """
            SELECT COUNT(*) FROM diagnostics d JOIN articles a ON a.id = d.article_id
            WHERE d.baselined = 0 AND (CASE d.severity WHEN 'error' THEN 3 WHEN 'warning' THEN 2 WHEN 'info' THEN 1 ELSE 0 END)
                >= COALESCE($level, CASE a.fail_level WHEN 'error' THEN 3 WHEN 'info' THEN 1 ELSE 2 END)
            """);
        command.Parameters.AddWithValue("$level", failOn is { } level ? (int)level : DBNull.Value);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Every stored finding as a baseline entry (article id as path), in article and file order.</summary>
    public IEnumerable<BaselineEntry> BaselineEntries()
    {
        using var command = Command("SELECT article_id, rule_id, fingerprint, COALESCE(sentence, text) FROM diagnostics ORDER BY article_id, ordinal");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new BaselineEntry(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
        }
    }

    /// <summary>Closes the store, folding the WAL back into the database file.</summary>
    public void Dispose()
    {
        try
        {
            Execute(_connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        }
        catch (SqliteException)
        {
            // Another process still reading: the WAL is folded in by the last one to close.
        }

        _connection.Dispose();
    }

    internal SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private static void BindArticle(SqliteCommand command, ArticleRecord article, long runId)
    {
        command.Parameters.Clear();
        command.Parameters.AddWithValue("$id", article.Id);
        command.Parameters.AddWithValue("$source", article.Source);
        command.Parameters.AddWithValue("$format", article.Format);
        command.Parameters.AddWithValue("$hash", (object?)article.ContentHash ?? DBNull.Value);
        command.Parameters.AddWithValue("$policy", article.PolicyHash);
        command.Parameters.AddWithValue("$error", (object?)article.Error ?? DBNull.Value);
        command.Parameters.AddWithValue("$title", (object?)article.Title ?? DBNull.Value);
        command.Parameters.AddWithValue("$author", (object?)article.Author ?? DBNull.Value);
        command.Parameters.AddWithValue("$published", (object?)article.Published ?? DBNull.Value);
        command.Parameters.AddWithValue("$month", (object?)article.Month ?? DBNull.Value);
        command.Parameters.AddWithValue("$section", (object?)article.Section ?? DBNull.Value);
        command.Parameters.AddWithValue("$url", (object?)article.Url ?? DBNull.Value);
        command.Parameters.AddWithValue("$metadata", (object?)article.MetadataJson ?? DBNull.Value);
        command.Parameters.AddWithValue("$diagnostics", article.Diagnostics.Count);
        command.Parameters.AddWithValue("$score", article.Diagnostics.Sum(d => SeverityWeight(d.Severity)));
        command.Parameters.AddWithValue("$run", runId);
        command.Parameters.AddWithValue("$fail_level", article.FailLevel);
        BindStamp(command, article.Stamp, article.StampedAt);
    }

    private static void BindStamp(SqliteCommand command, FileStamp? stamp, DateTime? stampedAt)
    {
        // A stamp without the moment its content was read could never be judged racy, so neither is stored alone.
        var known = stamp.HasValue && stampedAt.HasValue;
        command.Parameters.AddWithValue("$file_length", known ? stamp!.Value.Length : (object)DBNull.Value);
        command.Parameters.AddWithValue("$file_mtime", known ? stamp!.Value.LastWriteTicks : (object)DBNull.Value);
        command.Parameters.AddWithValue("$stamped_at", known ? stampedAt!.Value.Ticks : (object)DBNull.Value);
    }

    private static void BindDiagnostic(SqliteCommand command, string articleId, int ordinal, DiagnosticRecord d)
    {
        command.Parameters.Clear();
        command.Parameters.AddWithValue("$id", articleId);
        command.Parameters.AddWithValue("$ordinal", ordinal);
        command.Parameters.AddWithValue("$rule", d.RuleId);
        command.Parameters.AddWithValue("$severity", d.Severity);
        command.Parameters.AddWithValue("$message", d.Message);
        command.Parameters.AddWithValue("$start", d.Start);
        command.Parameters.AddWithValue("$length", d.Length);
        command.Parameters.AddWithValue("$line", d.Line);
        command.Parameters.AddWithValue("$col", d.Column);
        command.Parameters.AddWithValue("$end_line", d.EndLine);
        command.Parameters.AddWithValue("$end_col", d.EndColumn);
        command.Parameters.AddWithValue("$text", d.Text);
        command.Parameters.AddWithValue("$sentence", (object?)d.Sentence ?? DBNull.Value);
        command.Parameters.AddWithValue("$fingerprint", d.Fingerprint);
    }

    internal static int SeverityWeight(string severity) => severity switch
    {
        "error" => 3,
        "warning" => 2,
        "info" => 1,
        _ => 0,
    };
}
