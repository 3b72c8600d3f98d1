using System.Globalization;
using Microsoft.Data.Sqlite;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Store;

/// <summary>The store, or why it could not be opened.</summary>
/// <param name="Store">The open store; null when it could not be opened.</param>
/// <param name="Issues">Why not (WB6040, WB6041).</param>
public sealed record StoreOpening(BenchmarkStore? Store, IReadOnlyList<Issue> Issues);

/// <summary>
/// The SQLite store of batch assessments (schema in <c>docs/batch.md</c> §6): the submissions, their compact result lines
/// and the catalogs and options they were assessed with, keyed by credit code, product and period. Written by
/// <see cref="StoreSink"/>; read by <see cref="EnterpriseHistory"/> and <see cref="PeriodComparison"/>. The database is
/// in WAL mode, so a batch killed part-way leaves every committed chunk intact and readers never see half a chunk.
/// </summary>
public sealed class BenchmarkStore : IDisposable
{
    /// <summary>The format written into the <c>meta</c> table.</summary>
    public const string Format = "wbench-store";

    /// <summary>
    /// The schema version this build writes; it reads stores of this version or older. Version 2 keeps the submission and
    /// the result line packed (<see cref="StoredBlob"/>); version 3 adds the <c>dictionaries</c> they are packed against
    /// (<see cref="StoreDictionary"/>). A store of an older version is raised when a batch first writes into it, its
    /// earlier rows left as they are (they read as they are).
    /// </summary>
    public const int SchemaVersion = 3;

    /// <summary>The table of the dictionaries stored JSON is packed against (schema 3); made when a store is raised to it.</summary>
    private const string DictionariesTable = """
        CREATE TABLE IF NOT EXISTS dictionaries (
            id INTEGER PRIMARY KEY,
            hash BLOB NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            content BLOB NOT NULL);
        """;

    private const string Schema = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE catalogs (
            id INTEGER PRIMARY KEY,
            hash BLOB NOT NULL UNIQUE,
            sector TEXT NOT NULL,
            refs TEXT NOT NULL,
            catalog TEXT NOT NULL,
            ladder TEXT NOT NULL,
            stored TEXT NOT NULL);
        CREATE TABLE options (
            id INTEGER PRIMARY KEY,
            hash BLOB NOT NULL UNIQUE,
            options TEXT NOT NULL);
        CREATE TABLE batches (
            id INTEGER PRIMARY KEY,
            started TEXT NOT NULL,
            finished TEXT,
            wbench TEXT NOT NULL,
            inputs TEXT NOT NULL,
            options INTEGER NOT NULL REFERENCES options(id),
            read INTEGER,
            assessed INTEGER,
            rejected INTEGER,
            stored INTEGER NOT NULL DEFAULT 0,
            known INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE submissions (
            id INTEGER PRIMARY KEY,
            hash BLOB NOT NULL,
            credit_code TEXT NOT NULL,
            product TEXT NOT NULL,
            period TEXT NOT NULL,
            sector TEXT NOT NULL,
            submission_id TEXT NOT NULL,
            enterprise TEXT NOT NULL,
            county TEXT,
            cluster TEXT,
            product_name TEXT NOT NULL,
            category TEXT,
            batch INTEGER NOT NULL REFERENCES batches(id),
            submission BLOB NOT NULL);
        CREATE UNIQUE INDEX submissions_key ON submissions (credit_code, product, period, hash);
        CREATE INDEX submissions_period ON submissions (period);
        CREATE TABLE results (
            id INTEGER PRIMARY KEY,
            submission INTEGER NOT NULL REFERENCES submissions(id),
            catalog INTEGER NOT NULL REFERENCES catalogs(id),
            options INTEGER NOT NULL REFERENCES options(id),
            batch INTEGER NOT NULL REFERENCES batches(id),
            rung TEXT NOT NULL,
            failing INTEGER NOT NULL,
            line BLOB NOT NULL,
            UNIQUE (submission, catalog, options));
        CREATE VIEW current_results AS
            SELECT s.credit_code, s.product, s.period, r.*
            FROM results r JOIN submissions s ON s.id = r.submission
            WHERE r.id = (SELECT max(r2.id) FROM results r2 JOIN submissions s2 ON s2.id = r2.submission
                          WHERE s2.credit_code = s.credit_code AND s2.product = s.product AND s2.period = s.period);
        """;

    /// <summary>
    /// SQLite's process-wide settings, made before the first connection opens. Each connection of the store is used by one
    /// thread at a time (a batch's sinks are handed rows by one thread at a time; a command has one thread), so SQLite need not take the connection's lock
    /// on every call ("multi-thread" mode rather than "serialized"), nor count its memory under a global lock. Both can only
    /// be set before SQLite starts: should something else in the process have started it already, its defaults stay.
    /// </summary>
    static BenchmarkStore()
    {
        SQLitePCL.Batteries_V2.Init();
        _ = SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MULTITHREAD);
        _ = SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }

    private BenchmarkStore(string path, SqliteConnection connection)
    {
        Path = path;
        Connection = connection;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    internal SqliteConnection Connection { get; }

    /// <summary>
    /// Opens the store at <paramref name="path"/>. For writing, the file (and its folder) is created if missing with the
    /// current schema; for reading, a missing file is an issue. A file that is not a wbench store, or one of a newer
    /// schema, is never changed.
    /// </summary>
    public static StoreOpening Open(string path, bool readOnly = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return Failed(path, new("是文件夹", "it is a folder"));
        }

        if (readOnly && !File.Exists(path))
        {
            return Failed(path, new("文件不存在", "the file does not exist"));
        }

        SqliteConnection? connection = null;
        try
        {
            if (!readOnly && System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
                DefaultTimeout = 30,
            }.ToString());
            connection.Open();
            // Checked before anything is set, so that a database of another program is left as it is.
            if (Check(connection, path, readOnly) is { } issue)
            {
                connection.Dispose();
                return new StoreOpening(null, [issue]);
            }

            if (!readOnly)
            {
                // A checkpoint every 65,536 pages (a log of up to 256 MB): the key index takes rows at random places, so
                // each checkpoint writes most of its pages and syncs them to disk, while the batch waits (docs/performance.md,
                // "Batch"); fewer checkpoints write each page fewer times.
                Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 65536;");
            }

            Execute(connection, "PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY;");

            return new StoreOpening(new BenchmarkStore(path, connection), []);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            connection?.Dispose();
            return Failed(path, Why(ex));
        }
    }

    /// <summary>The reason of a failed SQLite or file operation, in both languages.</summary>
    internal static LocalizedText Why(Exception ex) => ex switch
    {
        SqliteException { SqliteErrorCode: 26 } => new("不是 SQLite 数据库", "not an SQLite database"),
        SqliteException { SqliteErrorCode: 11 } => new("数据库文件已损坏", "the database file is damaged"),
        SqliteException { SqliteErrorCode: 13 } => new("磁盘已满", "the disk is full"),
        SqliteException { SqliteErrorCode: 5 or 6 } => new("正被其他程序写入", "another program is writing to it"),
        SqliteException { SqliteErrorCode: 8 } => new("文件只读", "the file is read-only"),
        SqliteException { SqliteErrorCode: 3 or 14 or 23 } or UnauthorizedAccessException => new("无法创建或打开文件（权限或路径问题）", "the file cannot be created or opened (permission or path)"),
        SqliteException s => new($"SQLite 错误 {s.SqliteErrorCode}", $"SQLite error {s.SqliteErrorCode}"),
        _ => new("无法创建或打开文件", "the file cannot be created or opened"),
    };

    private static StoreOpening Failed(string path, LocalizedText why) => new(null, [new Issue
    {
        Code = IssueCodes.StoreCannotOpen,
        File = path,
        Message = new($"无法打开评价结果库 {path}：{why.Zh}。", $"Cannot open the store {path}: {why.En}."),
    }]);

    private static Issue? Check(SqliteConnection connection, string path, bool readOnly)
    {
        var tables = Scalar<long>(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table'");
        if (tables == 0)
        {
            if (readOnly)
            {
                return NotAStore(path, new("库是空的", "it is empty"));
            }

            using var create = connection.BeginTransaction();
            Execute(connection, Schema + DictionariesTable, create);
            Execute(connection, $"INSERT INTO meta (key, value) VALUES ('format', '{Format}'), ('schema', '{SchemaVersion}'), ('created', '{Now()}');", create);
            create.Commit();
            return null;
        }

        if (Scalar<long>(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'") == 0 ||
            Scalar<string>(connection, "SELECT value FROM meta WHERE key = 'format'") != Format)
        {
            return NotAStore(path, new("这是其他程序的 SQLite 数据库，未作改动", "it is another program's SQLite database and was left as it is"));
        }

        var schema = Scalar<string>(connection, "SELECT value FROM meta WHERE key = 'schema'");
        return int.TryParse(schema, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version <= SchemaVersion
            ? null
            : NotAStore(path, new($"库的结构版本 {schema} 比本程序支持的 {SchemaVersion} 新，请升级 wbench", $"its schema version {schema} is newer than {SchemaVersion}, which this wbench reads; update wbench"));
    }

    /// <summary>
    /// WB6041 for a store that opened but cannot be read through: its file is damaged (SQLite finds it out part-way), or a
    /// stored line is (see <see cref="StoredBlob"/>). Only a store changed by hand, or a damaged disk, gives it.
    /// </summary>
    public static Issue Unreadable(string path, Exception ex) =>
        NotAStore(path, ex is SqliteException ? Why(ex) : new("库中的数据已损坏", "data in it is damaged"));

    private static Issue NotAStore(string path, LocalizedText why) => new()
    {
        Code = IssueCodes.StoreNotAStore,
        File = path,
        Message = new($"{path} 不是可用的评价结果库：{why.Zh}。", $"{path} is not a store this wbench can use: {why.En}."),
    };

    /// <summary>Raises the schema version of a store of an older version to this build's, inside the writer's transaction:
    /// the rows it adds are of this version, which an older build must not read.</summary>
    internal static void RaiseSchema(SqliteConnection connection, SqliteTransaction transaction) =>
        Execute(connection, $"{DictionariesTable} UPDATE meta SET value = '{SchemaVersion}' WHERE key = 'schema' AND CAST(value AS INTEGER) < {SchemaVersion};", transaction);

    internal static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    internal static T? Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)value;
    }

    /// <summary>Row counts of the store's tables, for reports and tests.</summary>
    public StoreCounts Counts() => new(
        Scalar<long>(Connection, "SELECT count(*) FROM submissions"),
        Scalar<long>(Connection, "SELECT count(*) FROM results"),
        Scalar<long>(Connection, "SELECT count(*) FROM catalogs"),
        Scalar<long>(Connection, "SELECT count(*) FROM batches"));

    /// <inheritdoc />
    public void Dispose() => Connection.Dispose();
}

/// <summary>Row counts of a store.</summary>
/// <param name="Submissions">Distinct submissions.</param>
/// <param name="Results">Results (every assessment kept, current or not).</param>
/// <param name="Catalogs">Distinct catalogs (id, version and content).</param>
/// <param name="Batches">Batches run, complete or not.</param>
public sealed record StoreCounts(long Submissions, long Results, long Catalogs, long Batches);
