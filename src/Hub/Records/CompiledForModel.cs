using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ContactHub.Hub.Records;

/// <summary>
/// A compiled query for the model of the context it runs on. EF refuses to run a compiled query against a model other
/// than the one it was compiled for, and the records have one model per provider (SQLite, PostgreSQL), so the query is
/// compiled again when the model changes; a hub runs one provider, so in practice it is compiled once.
/// </summary>
internal sealed class CompiledForModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private Compiled? _last;

    public TQuery For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var model = db.Model;
        var last = Volatile.Read(ref _last);
        if (last is null || !ReferenceEquals(last.Model, model))
        {
            last = new Compiled(model, compile());
            Volatile.Write(ref _last, last);
        }

        return last.Query;
    }

    private sealed record Compiled(IModel Model, TQuery Query);
}
