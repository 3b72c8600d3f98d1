using System.Buffers;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Weinan.Benchmarking.Store;

/// <summary>
/// One statement prepared once on the store's connection and run many times through SQLite's own interface: values
/// bound by position, stepped and reset, with no command, reader or parameter lookup by name per run. For the batch's
/// per-row inserts, which ran through <see cref="SqliteCommand"/> at several times SQLite's own cost. Values are bound
/// as that command binds them (text as UTF-8 the way .NET encodes it, byte arrays as blobs, null as NULL), so the stored
/// bytes are the same. A binding stays from one run to the next until it is replaced. Runs inside the connection's open
/// transaction; errors throw <see cref="SqliteException"/>.
/// </summary>
internal sealed class StoreStatement : IDisposable
{
    private const int Row = 100;   // SQLITE_ROW
    private const int Done = 101;  // SQLITE_DONE

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public StoreStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    /// <summary>Binds text (UTF-8), or NULL when <paramref name="value"/> is null; positions count from 1.</summary>
    public void Text(int position, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(_statement, position));
            return;
        }

        if (value.Length == 0)
        {
            // An empty span would be bound as NULL.
            Check(raw.sqlite3_bind_text(_statement, position, value));
            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(value.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(value, buffer);
            Check(raw.sqlite3_bind_text(_statement, position, buffer.AsSpan(0, length)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Binds a blob.</summary>
    public void Blob(int position, ReadOnlySpan<byte> value) =>
        Check(value.IsEmpty ? raw.sqlite3_bind_zeroblob(_statement, position, 0) : raw.sqlite3_bind_blob(_statement, position, value));

    /// <summary>Binds an integer.</summary>
    public void Integer(int position, long value) => Check(raw.sqlite3_bind_int64(_statement, position, value));

    /// <summary>Runs the statement: the integer in the first column of its first row, or null when it returns none.</summary>
    public long? Scalar()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            long? value = null;
            if (rc == Row)
            {
                value = raw.sqlite3_column_int64(_statement, 0);
                while ((rc = raw.sqlite3_step(_statement)) == Row)
                {
                }
            }

            if (rc != Done)
            {
                Check(rc);
            }

            return value;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Runs the statement: the number of rows it inserted, changed or deleted.</summary>
    public int Execute()
    {
        Scalar();
        return raw.sqlite3_changes(_db);
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != 0)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
