using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ContactHub.Hub.Records;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the hub.</summary>
public sealed class RecordsDesignTimeFactory : IDesignTimeDbContextFactory<RecordsDbContext>
{
    public RecordsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RecordsDbContext>().UseSqlite(RecordsOptions.DefaultSqlite).Options);
}
