using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records;

/// <summary>Hands out the configured provider's context as the provider-neutral <see cref="RecordsDbContext"/>.</summary>
public sealed class RecordsContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<RecordsDbContext>
    where TContext : RecordsDbContext
{
    public RecordsDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<RecordsDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
