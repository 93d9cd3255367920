using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Verbind.Platform.Data;

/// <summary>
/// A compiled query (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(System.Linq.Expressions.Expression{Func{TContext, TParam1, CancellationToken, TResult}})"/>)
/// for each model it meets. EF ties a compiled query to the first model it runs against; an app has
/// one, but the tests host a SQLite and a PostgreSQL app side by side in one process.
/// </summary>
public sealed class PerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _compiled = [];

    public TQuery For(DbContext db) =>
        _compiled.TryGetValue(db.Model, out var query) ? query : _compiled.GetValue(db.Model, _ => compile());
}
