using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Batch;
using Weinan.Benchmarking.Sdk.Json;
using Weinan.Benchmarking.Sdk.Pipeline;

namespace Weinan.Benchmarking.Store;

/// <summary>What a batch stored.</summary>
/// <param name="Batch">The batch's row in the store.</param>
/// <param name="Stored">Results stored by this batch.</param>
/// <param name="Known">Assessed rows whose result was already stored (same submission, catalogs and options): not stored again.</param>
public sealed record StoreTotals(long Batch, long Stored, long Known);

/// <summary>
/// Writes every assessed row of a batch into the store, in input order on the batch's consumer thread: the submission
/// (compact JSON and its SHA-256; stored once per content), the catalogs it was assessed against (the merged catalog JSON
/// with its requirements and limits, and the ladder as applied; stored once per catalog ids, versions and content), the
/// options, and the compact result line. A result is stored once per submission content, catalogs and options: a re-run
/// of the same input stores nothing new, a re-assessment with a new catalog version adds a result beside the old one.
/// Rows are committed in chunks (<see cref="ChunkRows"/> rows or one second, whichever comes first), so a batch killed
/// part-way keeps every committed chunk and the re-run stores the rest. A failure to write (disk full, the store locked)
/// stops the writing, keeps what was committed and is reported in <see cref="Issues"/>; the batch itself goes on.
/// Given to the runner as a concurrent sink as well (<see cref="IConcurrentSink"/>), it writes each submission's JSON and
/// hash on the assessing threads, leaving only the statements to the consumer thread.
/// </summary>
public sealed class StoreSink : IBatchSink, IConcurrentSink, IDisposable
{
    /// <summary>Rows per transaction at most.</summary>
    public const int ChunkRows = 4096;

    private static readonly TimeSpan ChunkTime = TimeSpan.FromSeconds(1);

    private readonly BenchmarkStore _store;
    private readonly SqliteConnection _db;
    private readonly Dictionary<SectorCatalog, long> _catalogs = new(ReferenceEqualityComparer.Instance);
    private readonly List<Issue> _issues = [];
    private readonly ConcurrentDictionary<long, PreparedSubmission> _prepared = new();
    private readonly Stopwatch _sinceCommit = Stopwatch.StartNew();
    private readonly long _options;
    private readonly SqliteCommand _insertSubmission;
    private readonly SqliteCommand _findSubmission;
    private readonly SqliteCommand _insertResult;
    private SqliteTransaction? _transaction;
    private int _pending;
    private long _stored;
    private long _known;
    private bool _failed;
    private bool _completed;

    private StoreSink(BenchmarkStore store, AssessmentOptions options, IReadOnlyList<string> inputs, string version)
    {
        _store = store;
        _db = store.Connection;
        using (var setup = _db.BeginTransaction())
        {
            var json = BenchmarkJson.Serialize(options);
            _options = Upsert("options", Hash(json), "options", json, setup);
            using var batch = Command("INSERT INTO batches (started, wbench, inputs, options) VALUES ($started, $wbench, $inputs, $options) RETURNING id", setup);
            batch.Parameters.AddWithValue("$started", BenchmarkStore.Now());
            batch.Parameters.AddWithValue("$wbench", version);
            batch.Parameters.AddWithValue("$inputs", BenchmarkJson.Serialize(inputs));
            batch.Parameters.AddWithValue("$options", _options);
            Batch = (long)batch.ExecuteScalar()!;
            setup.Commit();
        }

        _insertSubmission = Prepared("""
            INSERT INTO submissions (hash, credit_code, product, period, sector, submission_id, enterprise, county, cluster, product_name, category, batch, submission)
            VALUES ($hash, $credit, $product, $period, $sector, $id, $enterprise, $county, $cluster, $name, $category, $batch, $json)
            ON CONFLICT (credit_code, product, period, hash) DO NOTHING RETURNING id
            """, "$hash", "$credit", "$product", "$period", "$sector", "$id", "$enterprise", "$county", "$cluster", "$name", "$category", "$batch", "$json");
        _findSubmission = Prepared("SELECT id FROM submissions WHERE credit_code = $credit AND product = $product AND period = $period AND hash = $hash",
            "$credit", "$product", "$period", "$hash");
        _insertResult = Prepared("""
            INSERT INTO results (submission, catalog, options, batch, rung, failing, line)
            VALUES ($submission, $catalog, $options, $batch, $rung, $failing, $line)
            ON CONFLICT (submission, catalog, options) DO NOTHING
            """, "$submission", "$catalog", "$options", "$batch", "$rung", "$failing", "$line");
        _insertSubmission.Parameters["$batch"].Value = Batch;
        _insertResult.Parameters["$options"].Value = _options;
        _insertResult.Parameters["$batch"].Value = Batch;
    }

    /// <summary>
    /// Starts a batch in <paramref name="store"/>: records it with <paramref name="options"/> and <paramref name="inputs"/>
    /// and returns the sink; null with a WB6042 issue when the store cannot be written (e.g. another batch holds it).
    /// </summary>
    /// <param name="store">The open store.</param>
    /// <param name="options">The assessment options of the batch (part of a result's identity).</param>
    /// <param name="inputs">The batch's inputs, recorded with the batch.</param>
    /// <param name="version">The wbench version, recorded with the batch.</param>
    public static (StoreSink? Sink, IReadOnlyList<Issue> Issues) Start(BenchmarkStore store, AssessmentOptions options, IReadOnlyList<string> inputs, string version)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(inputs);
        try
        {
            return (new StoreSink(store, options, inputs, version), []);
        }
        catch (SqliteException ex)
        {
            return (null, [WriteFailed(store.Path, ex, 0)]);
        }
    }

    /// <summary>The batch's row in the <c>batches</c> table.</summary>
    public long Batch { get; }

    /// <summary>What was stored so far.</summary>
    public StoreTotals Totals => new(Batch, _stored, _known);

    /// <summary>Why the store stopped being written to (WB6042), if it did.</summary>
    public IReadOnlyList<Issue> Issues => _issues;

    /// <summary>The product key of a submission: its product id, else its name.</summary>
    public static string ProductKey(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return string.IsNullOrEmpty(product.Id) ? product.Name : product.Id;
    }

    /// <summary>On an assessing thread: the submission's compact JSON and hash, for <see cref="Write"/> to store.</summary>
    void IConcurrentSink.Write(BatchItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!_failed && item.Result is not null && item.Row.Submission is { } submission && item.Catalog is not null && item.Line is not null)
        {
            _prepared[item.Sequence] = PreparedSubmission.Of(submission);
        }
    }

    /// <inheritdoc />
    public void Write(BatchItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _prepared.TryRemove(item.Sequence, out var ready);
        if (_failed || item.Result is not { } result || item.Row.Submission is not { } submission || item.Catalog is not { } catalog || item.Line is not { } line)
        {
            return;
        }

        try
        {
            _transaction ??= Begin();
            var catalogId = CatalogId(catalog, result);
            var (json, hash) = ready ?? PreparedSubmission.Of(submission);
            var p = _insertSubmission.Parameters;
            p[0].Value = hash;
            p[1].Value = submission.Enterprise.CreditCode ?? "";
            p[2].Value = ProductKey(submission.Product);
            p[3].Value = submission.Period ?? "";
            p[4].Value = submission.Sector;
            p[5].Value = submission.Id;
            p[6].Value = submission.Enterprise.Name;
            p[7].Value = (object?)submission.Enterprise.County ?? DBNull.Value;
            p[8].Value = (object?)submission.Enterprise.Cluster ?? DBNull.Value;
            p[9].Value = submission.Product.Name;
            p[10].Value = (object?)submission.Product.Category ?? DBNull.Value;
            p[12].Value = json;
            var submissionId = _insertSubmission.ExecuteScalar();
            if (submissionId is null)
            {
                var f = _findSubmission.Parameters;
                (f[0].Value, f[1].Value, f[2].Value, f[3].Value) = (p[1].Value, p[2].Value, p[3].Value, hash);
                submissionId = _findSubmission.ExecuteScalar();
            }

            var r = _insertResult.Parameters;
            r[0].Value = submissionId;
            r[1].Value = catalogId;
            r[4].Value = result.Level.Rung;
            r[5].Value = result.Level.Failing ? 1 : 0;
            r[6].Value = line;
            if (_insertResult.ExecuteNonQuery() == 1)
            {
                _stored++;
            }
            else
            {
                _known++;
            }

            if (++_pending >= ChunkRows || _sinceCommit.Elapsed >= ChunkTime)
            {
                Commit();
            }
        }
        catch (SqliteException ex)
        {
            Fail(ex);
        }
    }

    /// <inheritdoc />
    public void Complete(BatchTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        _completed = true;
        if (_failed)
        {
            return;
        }

        try
        {
            Commit();
            using var finish = Command("UPDATE batches SET finished = $finished, read = $read, assessed = $assessed, rejected = $rejected, stored = $stored, known = $known WHERE id = $id", null);
            finish.Parameters.AddWithValue("$finished", BenchmarkStore.Now());
            finish.Parameters.AddWithValue("$read", totals.Read);
            finish.Parameters.AddWithValue("$assessed", totals.Assessed);
            finish.Parameters.AddWithValue("$rejected", totals.Rejected);
            finish.Parameters.AddWithValue("$stored", _stored);
            finish.Parameters.AddWithValue("$known", _known);
            finish.Parameters.AddWithValue("$id", Batch);
            finish.ExecuteNonQuery();
            BenchmarkStore.Execute(_db, "PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE);");
        }
        catch (SqliteException ex)
        {
            Fail(ex);
        }
    }

    /// <summary>Commits what was written (also when the batch stopped before completing) and releases the statements.</summary>
    public void Dispose()
    {
        if (!_completed && !_failed)
        {
            try
            {
                Commit();
            }
            catch (SqliteException ex)
            {
                Fail(ex);
            }
        }

        _transaction?.Dispose();
        _insertSubmission.Dispose();
        _findSubmission.Dispose();
        _insertResult.Dispose();
    }

    private SqliteTransaction Begin()
    {
        var transaction = _db.BeginTransaction();
        _insertSubmission.Transaction = transaction;
        _findSubmission.Transaction = transaction;
        _insertResult.Transaction = transaction;
        return transaction;
    }

    private void Commit()
    {
        if (_transaction is { } transaction)
        {
            transaction.Commit();
            transaction.Dispose();
            _transaction = null;
        }

        _pending = 0;
        _sinceCommit.Restart();
    }

    private void Fail(SqliteException ex)
    {
        _failed = true;
        try
        {
            _transaction?.Dispose();
        }
        catch (SqliteException)
        {
            // The connection is unusable; what was committed stays.
        }

        _transaction = null;
        _issues.Add(WriteFailed(_store.Path, ex, _stored));
    }

    private static Issue WriteFailed(string path, SqliteException ex, long stored)
    {
        var why = BenchmarkStore.Why(ex);
        return new Issue
        {
            Code = IssueCodes.StoreWriteFailed,
            File = path,
            Message = new($"写入评价结果库失败：{why.Zh}；此前已提交的结果保留（本次新增至多 {stored} 条），重新运行可补齐其余结果。",
                $"Writing to the store failed: {why.En}; the results committed before are kept (at most {stored} new in this run), and a re-run stores the rest."),
        };
    }

    /// <summary>The catalog's row: the merged catalog, its references and the ladder as applied, stored once per content.</summary>
    private long CatalogId(SectorCatalog catalog, AssessmentResult result)
    {
        if (_catalogs.TryGetValue(catalog, out var id))
        {
            return id;
        }

        var json = BenchmarkJson.Serialize(catalog.Catalog);
        var refs = BenchmarkJson.Serialize(catalog.References);
        var ladder = BenchmarkJson.Serialize(new LevelLadder { Id = result.Rules.Ladder, Name = result.Rules.LadderName, Rungs = result.Rules.LadderRungs });
        var hash = Hash(string.Join('\n', catalog.Sector, refs, json, ladder));
        using (var find = Command("SELECT id FROM catalogs WHERE hash = $hash", _transaction))
        {
            find.Parameters.AddWithValue("$hash", hash);
            if (find.ExecuteScalar() is long known)
            {
                return _catalogs[catalog] = known;
            }
        }

        using var insert = Command("INSERT INTO catalogs (hash, sector, refs, catalog, ladder, stored) VALUES ($hash, $sector, $refs, $catalog, $ladder, $stored) RETURNING id", _transaction);
        insert.Parameters.AddWithValue("$hash", hash);
        insert.Parameters.AddWithValue("$sector", catalog.Sector);
        insert.Parameters.AddWithValue("$refs", refs);
        insert.Parameters.AddWithValue("$catalog", json);
        insert.Parameters.AddWithValue("$ladder", ladder);
        insert.Parameters.AddWithValue("$stored", BenchmarkStore.Now());
        return _catalogs[catalog] = (long)insert.ExecuteScalar()!;
    }

    private long Upsert(string table, byte[] hash, string column, string value, SqliteTransaction transaction)
    {
        using var insert = Command($"INSERT INTO {table} (hash, {column}) VALUES ($hash, $value) ON CONFLICT (hash) DO NOTHING", transaction);
        insert.Parameters.AddWithValue("$hash", hash);
        insert.Parameters.AddWithValue("$value", value);
        insert.ExecuteNonQuery();
        using var find = Command($"SELECT id FROM {table} WHERE hash = $hash", transaction);
        find.Parameters.AddWithValue("$hash", hash);
        return (long)find.ExecuteScalar()!;
    }

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    private SqliteCommand Command(string sql, SqliteTransaction? transaction)
    {
        var command = _db.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private SqliteCommand Prepared(string sql, params string[] parameters)
    {
        var command = Command(sql, null);
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    /// <summary>A submission's compact JSON (UTF-8) and its SHA-256: its content and identity in the store.</summary>
    private sealed record PreparedSubmission(byte[] Json, byte[] Hash)
    {
        public static PreparedSubmission Of(Submission submission)
        {
            var json = SubmissionJson.Write(submission);
            return new PreparedSubmission(json, SHA256.HashData(json));
        }
    }
}
