using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ContactHub.Hub.Records;

/// <summary>DateTimeOffset as UTC ticks: orders and compares correctly in SQLite; read back with offset zero.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
