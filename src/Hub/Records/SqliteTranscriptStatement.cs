using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ContactHub.Hub.Records;

/// <summary>
/// The transcript INSERT prepared once per SQLite connection and bound row by row through SQLitePCLRaw (issue 8): a new
/// SqliteCommand per batch re-parsed the SQL on every batch, and Microsoft.Data.Sqlite allocated a binder per value and
/// a UTF-8 copy of every text; here text is bound from the string's own UTF-16 characters.
/// It derives from <see cref="SqliteCommand"/> only to be registered with its connection: SqliteConnection.Close
/// disposes its commands before it closes the native connection or returns it to the pool, and disposing this one
/// finalizes the statement, so the statement never outlives the connection it was prepared on. A connection is leased
/// by one context at a time, so one statement is never used by two threads at once.
/// </summary>
internal sealed class SqliteTranscriptStatement : SqliteCommand
{
    private const string DateTimeOffsetFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz";

    private static readonly ConditionalWeakTable<SqliteConnection, SqliteTranscriptStatement> Prepared = [];

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly string _sql;
    private readonly TranscriptColumn[] _columns;
    private readonly int[] _indexes;
    private bool _finalized;

    private SqliteTranscriptStatement(SqliteConnection connection, string sql, TranscriptColumn[] columns)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out _statement), _db);
        _sql = sql;
        _columns = columns;
        _indexes = Array.ConvertAll(columns, c => raw.sqlite3_bind_parameter_index(_statement, c.Parameter));
        Connection = connection;
    }

    /// <summary>The statement prepared on <paramref name="connection"/>'s current native connection, prepared now if it has none.</summary>
    public static SqliteTranscriptStatement For(SqliteConnection connection, string sql, TranscriptColumn[] columns)
    {
        if (Prepared.TryGetValue(connection, out var statement))
        {
            if (!statement._finalized && statement._db == connection.Handle && ReferenceEquals(statement._sql, sql))
            {
                return statement;
            }

            statement.Dispose();
        }

        statement = new SqliteTranscriptStatement(connection, sql, columns);
        Prepared.AddOrUpdate(connection, statement);
        return statement;
    }

    /// <summary>Inserts one row; the statement is reset afterwards whether it succeeded or not.</summary>
    public void Insert(TranscriptEntry row)
    {
        ObjectDisposedException.ThrowIf(_finalized, this);
        try
        {
            for (var i = 0; i < _columns.Length; i++)
            {
                SqliteException.ThrowExceptionForRC(Bind(_indexes[i], _columns[i].ProviderValue(row)), _db);
            }

            var rc = raw.sqlite3_step(_statement);
            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, _db);
            }
        }
        finally
        {
            raw.sqlite3_reset(_statement);
            raw.sqlite3_clear_bindings(_statement);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (!_finalized)
        {
            _finalized = true;
            _statement.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Whether values of <paramref name="type"/> (a column's provider type) can be bound here.</summary>
    public static bool CanBind(Type type) =>
        type == typeof(string) || type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(byte)
        || type == typeof(bool) || type == typeof(double) || type == typeof(float) || type == typeof(byte[]) || type == typeof(DateTimeOffset);

    private int Bind(int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(_statement, index),
        string text => BindText(index, text),
        long number => raw.sqlite3_bind_int64(_statement, index, number),
        int number => raw.sqlite3_bind_int64(_statement, index, number),
        short number => raw.sqlite3_bind_int64(_statement, index, number),
        byte number => raw.sqlite3_bind_int64(_statement, index, number),
        bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
        double real => raw.sqlite3_bind_double(_statement, index, real),
        float real => raw.sqlite3_bind_double(_statement, index, real),
        byte[] { Length: 0 } => raw.sqlite3_bind_zeroblob(_statement, index, 0),
        byte[] blob => raw.sqlite3_bind_blob(_statement, index, blob),
        DateTimeOffset at => BindText(index, at),
        _ => throw new NotSupportedException($"The transcript INSERT cannot bind a {value.GetType().Name} on SQLite."),
    };

    // An empty span pins as a null pointer, which SQLite would store as NULL rather than as empty text.
    private int BindText(int index, ReadOnlySpan<char> text) => text.IsEmpty
        ? raw.sqlite3_bind_text(_statement, index, string.Empty)
        : raw.sqlite3_bind_text16(_statement, index, text);

    // The text Microsoft.Data.Sqlite writes for a DateTimeOffset (and reads back), formatted on the stack.
    private int BindText(int index, DateTimeOffset at)
    {
        Span<char> text = stackalloc char[48];
        return at.TryFormat(text, out var length, DateTimeOffsetFormat, CultureInfo.InvariantCulture)
            ? BindText(index, text[..length])
            : throw new FormatException($"{at:O} does not fit the transcript's timestamp text.");
    }
}
