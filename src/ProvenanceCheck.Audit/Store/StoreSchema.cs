namespace ProvenanceCheck.Audit.Store;

/// <summary>The audit store's tables. Every write is an upsert keyed by article id, so replaying a batch changes nothing.</summary>
internal static class StoreSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS runs(
            id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT NOT NULL, finished TEXT, policy_hash TEXT NOT NULL,
            inputs TEXT NOT NULL, shard TEXT, checked INTEGER NOT NULL DEFAULT 0, unchanged INTEGER NOT NULL DEFAULT 0, errors INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS policies(hash TEXT PRIMARY KEY, files TEXT NOT NULL, rules TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS decisions(hash TEXT PRIMARY KEY, policy_hash TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS articles(
            id TEXT PRIMARY KEY, source TEXT NOT NULL, format TEXT NOT NULL, content_hash TEXT, policy_hash TEXT NOT NULL,
            error TEXT, title TEXT, author TEXT, published TEXT, month TEXT, section TEXT, url TEXT, metadata TEXT,
            diagnostics INTEGER NOT NULL DEFAULT 0, score INTEGER NOT NULL DEFAULT 0, run_id INTEGER, fail_level TEXT NOT NULL DEFAULT 'warning');
        CREATE TABLE IF NOT EXISTS diagnostics(
            article_id TEXT NOT NULL, ordinal INTEGER NOT NULL, rule_id TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL,
            start INTEGER NOT NULL, length INTEGER NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL, end_line INTEGER NOT NULL, end_col INTEGER NOT NULL,
            text TEXT NOT NULL, sentence TEXT, fingerprint TEXT NOT NULL, baselined INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY(article_id, ordinal)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS diagnostics_rule ON diagnostics(rule_id);
        CREATE INDEX IF NOT EXISTS diagnostics_fingerprint ON diagnostics(fingerprint);
        """;

    /// <summary>Columns added after the first release, with their definitions, for stores created before them.</summary>
    public static readonly (string Table, string Column, string Definition)[] Added =
    [
        ("articles", "fail_level", "TEXT NOT NULL DEFAULT 'warning'"),

        // A plain file's stamp (length, last-write UTC ticks) and when its content was read (UTC ticks): see FileStamp.
        ("articles", "file_length", "INTEGER"),
        ("articles", "file_mtime", "INTEGER"),
        ("articles", "stamped_at", "INTEGER"),
    ];
}
