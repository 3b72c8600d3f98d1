using Microsoft.Data.Sqlite;

namespace Weinan.Benchmarking.Store;

/// <summary>
/// Rows of one of the store's tables that results refer to by id (catalogs, dictionaries), each read once and kept, on
/// one thread.
/// </summary>
/// <param name="db">The store's connection.</param>
/// <param name="select">The query of one row, with its id as <c>$id</c>.</param>
/// <param name="what">What a row is, for the error of an id the store lacks: "catalog", "dictionary".</param>
/// <param name="read">The row made from the query's columns; throws <see cref="InvalidDataException"/> when they are damaged.</param>
internal sealed class StoredRows<T>(SqliteConnection db, string select, string what, Func<long, SqliteDataReader, T> read)
{
    private readonly Dictionary<long, T> _read = [];

    /// <summary>The rows read so far.</summary>
    public IEnumerable<T> Read => _read.Values;

    /// <exception cref="InvalidDataException">The store holds no such row, or the row is damaged.</exception>
    public T this[long id]
    {
        get
        {
            if (_read.TryGetValue(id, out var known))
            {
                return known;
            }

            using var command = db.CreateCommand();
            command.CommandText = select;
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? _read[id] = read(id, reader)
                : throw new InvalidDataException($"A stored result names {what} {id}, which the store does not hold.");
        }
    }
}
