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
/// Writes every assessed row of a batch into the store, in input order, one row at a time (on whichever assessing thread
/// is handing rows to the sinks): the submission (compact JSON and its SHA-256; stored once per content), the catalogs it
/// was assessed against (the merged catalog JSON with its requirements and limits, and the ladder as applied; stored once
/// per catalog ids, versions and content), the options, and the compact result line. A result is stored once per
/// submission content, catalogs and options: a re-run of the same input stores nothing new, a re-assessment with a new
/// catalog version adds a result beside the old one.
/// Rows are committed in chunks (<see cref="ChunkRows"/> rows or one second, whichever comes first), so a batch killed
/// part-way keeps every committed chunk and the re-run stores the rest. A failure to write (disk full, the store locked)
/// stops the writing, keeps what was committed and is reported in <see cref="Issues"/>; the batch itself goes on.
/// Given to the runner as a concurrent sink as well (<see cref="IConcurrentSink"/>), it writes each submission's JSON and
/// hash, and packs the row, on the assessing threads, leaving only the statements to the ordered writing.
/// </summary>
public sealed class StoreSink : IBatchSink, IConcurrentSink, IDisposable
{
    /// <summary>Rows per transaction at most.</summary>
    public const int ChunkRows = 4096;

    /// <summary>
    /// Slots for the submissions prepared on the assessing threads, by sequence number: far more than the rows a batch
    /// has in flight (<see cref="BatchRunner"/>), so a slot is free again long before its number comes round.
    /// </summary>
    private const int PreparedSlots = 1 << 16;

    private static readonly TimeSpan ChunkTime = TimeSpan.FromSeconds(1);

    private readonly BenchmarkStore _store;
    private readonly SqliteConnection _db;
    private readonly Dictionary<SectorCatalog, long> _catalogs = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<SectorCatalog, Packing> _packings = new(ReferenceEqualityComparer.Instance);
    private readonly List<Issue> _issues = [];
    private readonly PreparedRow?[] _prepared = new PreparedRow?[PreparedSlots];
    private readonly Stopwatch _sinceCommit = Stopwatch.StartNew();
    private readonly long _options;
    private readonly StoreStatement _insertSubmission;
    private readonly StoreStatement _findSubmission;
    private readonly StoreStatement _insertResult;
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
            BenchmarkStore.RaiseSchema(_db, setup);
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

        _insertSubmission = new StoreStatement(_db, """
            INSERT INTO submissions (hash, credit_code, product, period, sector, submission_id, enterprise, county, cluster, product_name, category, batch, submission)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
            ON CONFLICT (credit_code, product, period, hash) DO NOTHING RETURNING id
            """);
        _findSubmission = new StoreStatement(_db, "SELECT id FROM submissions WHERE credit_code = ?1 AND product = ?2 AND period = ?3 AND hash = ?4");
        _insertResult = new StoreStatement(_db, """
            INSERT INTO results (submission, catalog, options, batch, rung, failing, line)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            ON CONFLICT (submission, catalog, options) DO NOTHING
            """);

        // What is the same for every row is bound once: a binding stays until it is replaced.
        _insertSubmission.Integer(12, Batch);
        _insertResult.Integer(3, _options);
        _insertResult.Integer(4, Batch);
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
            Volatile.Write(ref _prepared[item.Sequence & (PreparedSlots - 1)], PreparedRow.Of(submission, item.Line, item.Sequence, PackingOf(item.Catalog)));
        }
    }

    /// <inheritdoc />
    public void Write(BatchItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var ready = Interlocked.Exchange(ref _prepared[item.Sequence & (PreparedSlots - 1)], null);
        if (_failed || item.Result is not { } result || item.Row.Submission is not { } submission || item.Catalog is not { } catalog || item.Line is not { } line)
        {
            return;
        }

        try
        {
            _transaction ??= Begin();
            var catalogId = CatalogId(catalog, result);
            var packing = PackingOf(catalog);
            var prepared = ready is not null && ready.Sequence == item.Sequence ? ready : PreparedRow.Of(submission, line, item.Sequence, packing);
            Gather(packing.Submissions, prepared.Submission, "submission");
            Gather(packing.Lines, line, "line");
            var credit = submission.Enterprise.CreditCode ?? "";
            var product = ProductKey(submission.Product);
            var period = submission.Period ?? "";
            _insertSubmission.Blob(1, prepared.Hash);
            _insertSubmission.Text(2, credit);
            _insertSubmission.Text(3, product);
            _insertSubmission.Text(4, period);
            _insertSubmission.Text(5, submission.Sector);
            _insertSubmission.Text(6, submission.Id);
            _insertSubmission.Text(7, submission.Enterprise.Name);
            _insertSubmission.Text(8, submission.Enterprise.County);
            _insertSubmission.Text(9, submission.Enterprise.Cluster);
            _insertSubmission.Text(10, submission.Product.Name);
            _insertSubmission.Text(11, submission.Product.Category);
            _insertSubmission.Blob(13, prepared.Json);
            var submissionId = _insertSubmission.Scalar();
            if (submissionId is null)
            {
                _findSubmission.Text(1, credit);
                _findSubmission.Text(2, product);
                _findSubmission.Text(3, period);
                _findSubmission.Blob(4, prepared.Hash);
                submissionId = _findSubmission.Scalar();
            }

            _insertResult.Integer(1, submissionId ?? throw new InvalidOperationException("A submission just stored or found has no row."));
            _insertResult.Integer(2, catalogId);
            _insertResult.Text(5, result.Level.Rung);
            _insertResult.Integer(6, result.Level.Failing ? 1 : 0);
            _insertResult.Blob(7, prepared.Line);
            if (_insertResult.Execute() == 1)
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
        foreach (var packing in _packings.Values)
        {
            packing.Submissions.Dispose();
            packing.Lines.Dispose();
        }

        _insertSubmission.Dispose();
        _findSubmission.Dispose();
        _insertResult.Dispose();
    }

    /// <summary>A write transaction (<c>BEGIN IMMEDIATE</c>: the store's write lock is taken, or waited for, here), which
    /// the per-row statements run in.</summary>
    private SqliteTransaction Begin() => _db.BeginTransaction(deferred: false);

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

    private Packing PackingOf(SectorCatalog catalog) => _packings.GetOrAdd(catalog, static _ => new Packing(new(), new()));

    /// <summary>On the writing thread: a row's JSON offered as a sample for its catalog's dictionary, which is stored and
    /// published once there are enough (<see cref="DictionaryPacking"/>).</summary>
    private void Gather(DictionaryPacking packing, byte[] json, string kind)
    {
        if (packing.Sample(json) is not { } content)
        {
            return;
        }

        var hash = SHA256.HashData(content);
        using (var insert = Command("INSERT INTO dictionaries (hash, kind, content) VALUES ($hash, $kind, $content) ON CONFLICT (hash) DO NOTHING", _transaction))
        {
            insert.Parameters.AddWithValue("$hash", hash);
            insert.Parameters.AddWithValue("$kind", kind);
            insert.Parameters.AddWithValue("$content", content);
            insert.ExecuteNonQuery();
        }

        using var find = Command("SELECT id FROM dictionaries WHERE hash = $hash", _transaction);
        find.Parameters.AddWithValue("$hash", hash);
        packing.Publish(new StoreDictionary((long)find.ExecuteScalar()!, content));
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

    /// <summary>How a catalog's submissions and result lines are packed.</summary>
    private sealed record Packing(DictionaryPacking Submissions, DictionaryPacking Lines);

    /// <summary>A row as the store keeps it, made on an assessing thread for the row numbered <paramref name="Sequence"/>:
    /// the submission's compact JSON (UTF-8) as written and packed, the result line packed (<see cref="StoredBlob"/>),
    /// and the SHA-256 of the submission's JSON before packing (its identity in the store, the same as in a store of
    /// schema 1).</summary>
    private sealed record PreparedRow(byte[] Submission, byte[] Json, byte[] Hash, byte[] Line, long Sequence)
    {
        public static PreparedRow Of(Submission submission, byte[] line, long sequence, Packing packing)
        {
            var json = SubmissionJson.Write(submission);
            return new PreparedRow(json, packing.Submissions.Pack(json), SHA256.HashData(json), packing.Lines.Pack(line), sequence);
        }
    }
}
