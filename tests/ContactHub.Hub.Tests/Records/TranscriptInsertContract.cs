using System.Data.Common;
using ContactHub.Channels;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Tests.Records;

/// <summary>
/// What the transcript INSERT must do on every provider, batch after batch on one connection (on SQLite it keeps its
/// prepared statement per connection, so a statement reused wrongly shows up here as lost or mixed-up rows).
/// </summary>
public abstract class TranscriptInsertContract : RecordsHostTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 27, 18, 30, 15, TimeSpan.FromHours(8));

    [Fact]
    public async Task BatchesOnOneConnectionAndOnItsNextLeaseStoreEveryFieldOfEveryRow()
    {
        TranscriptEntry[] first = [Row("预约保养，明天下午三点", "zh-CN"), Row(text: null, locale: null), Row("", "en-US")];
        TranscriptEntry[] second = [Row("🚗 保养完成 ✔", "zh-CN", TranscriptDirection.Outbound, "accepted"), Row("ok", "en-US")];
        TranscriptEntry[] third = [Row("第三批", "zh-CN", TranscriptDirection.Outbound, "failed: 21610")];
        await using (var db = await Records.DbAsync())
        {
            var insert = TranscriptInsert.For(db);
            await insert.RunAsync(db, first, CancellationToken.None);
            await insert.RunAsync(db, second, CancellationToken.None);
        }

        await using (var db = await Records.DbAsync())
        {
            await TranscriptInsert.For(db).RunAsync(db, third, CancellationToken.None);
        }

        await AssertStoredAsync([.. first, .. second, .. third]);
    }

    [Fact]
    public async Task AFailedBatchStoresNoneOfItsRowsAndTheNextBatchOnTheSameConnectionIsStored()
    {
        var invalid = Row("没有渠道", "zh-CN");
        invalid.Channel = null!; // the channel column is NOT NULL
        TranscriptEntry[] next = [Row("下一批", "zh-CN"), Row(text: null, locale: null)];
        await using (var db = await Records.DbAsync())
        {
            var insert = TranscriptInsert.For(db);
            await Assert.ThrowsAnyAsync<DbException>(() => insert.RunAsync(db, [Row("先写入的行", "zh-CN"), invalid], CancellationToken.None));
            await insert.RunAsync(db, next, CancellationToken.None);
        }

        await AssertStoredAsync(next);
    }

    protected static TranscriptEntry Row(string? text, string? locale, TranscriptDirection direction = TranscriptDirection.Inbound, string? deliveryStatus = null) => new()
    {
        Channel = ChannelIds.WeChat, UserId = "oWeChatUser1", ActivityId = direction == TranscriptDirection.Inbound ? Guid.NewGuid().ToString("N") : null,
        Direction = direction, Type = "message", Text = text, Locale = locale, At = At, DeliveryStatus = deliveryStatus,
    };

    protected async Task AssertStoredAsync(IReadOnlyList<TranscriptEntry> expected)
    {
        await using var read = await Records.DbAsync();
        var stored = await read.Transcript.AsNoTracking().OrderBy(t => t.Id).ToListAsync();
        Assert.Equal(
            expected.Select(r => (r.Channel, r.UserId, r.ActivityId, r.Direction, r.Type, r.Text, r.Locale, r.At.UtcDateTime, r.DeliveryStatus)),
            stored.Select(r => (r.Channel, r.UserId, r.ActivityId, r.Direction, r.Type, r.Text, r.Locale, r.At.UtcDateTime, r.DeliveryStatus)));
    }
}
