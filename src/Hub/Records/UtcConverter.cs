using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ContactHub.Hub.Records;

/// <summary>Any offset in, UTC out: Npgsql refuses to write a timestamptz with a non-zero offset.</summary>
public sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(),
    v => v.ToUniversalTime());
