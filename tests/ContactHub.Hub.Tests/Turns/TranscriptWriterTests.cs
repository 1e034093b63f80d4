using ContactHub.Hub.Records;
using ContactHub.Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Tests.Turns;

/// <summary>The transcript leaves the turn path through a queue (issue 8); nothing queued may be lost or reordered.</summary>
public sealed class TranscriptWriterTests
{
    [Fact]
    public async Task RowsOfTurnsFinishedBeforeTheHubStopsAreAllStoredInOrder()
    {
        var host = new PipelineHost();
        var keys = Enumerable.Range(0, 20).Select(_ => TestActivities.NewKey()).ToArray();
        var replies = new int[keys.Length];
        await Task.WhenAll(keys.Select(async (key, i) =>
        {
            replies[i] += (await host.SendAsync(key, "你好", id: $"first-{i}")).Replies.Count;
            replies[i] += (await host.SendAsync(key, "门店信息", id: $"second-{i}")).Replies.Count;
        }));

        // Stopped without reading first: only the writer's drain on shutdown can have stored the last rows.
        await host.DisposeAsync();

        await using var reopened = new PipelineHost(recordsPath: host.RecordsPath);
        await using var db = await reopened.Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();
        for (var i = 0; i < keys.Length; i++)
        {
            var rows = await db.Transcript.Where(t => t.Channel == keys[i].Channel && t.UserId == keys[i].UserId).OrderBy(t => t.Id).ToListAsync();
            Assert.Equal(2 + replies[i], rows.Count);
            Assert.Equal($"first-{i}", rows[0].ActivityId);
            var second = rows.FindIndex(r => r.ActivityId == $"second-{i}");
            Assert.True(second > 0 && rows.Take(second).Count(r => r.Direction == TranscriptDirection.Inbound) == 1, "the second message's row follows the first turn's rows");
        }
    }

    [Fact]
    public async Task FlushCompletesOnlyOnceEveryQueuedRowIsStored()
    {
        await using var host = new PipelineHost();
        var writer = host.Services.GetRequiredService<TranscriptWriter>();
        var key = TestActivities.NewKey();
        var rows = Enumerable.Range(0, 50).Select(i => new TranscriptEntry
        {
            Channel = key.Channel,
            UserId = key.UserId,
            ActivityId = $"row-{i}",
            Type = "message",
            Text = $"第{i}条",
            At = DateTimeOffset.UtcNow,
        }).ToArray();

        foreach (var row in rows)
        {
            await writer.EnqueueAsync([row], CancellationToken.None);
        }

        await writer.FlushAsync(CancellationToken.None);

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();
        var stored = await db.Transcript.Where(t => t.UserId == key.UserId).OrderBy(t => t.Id).Select(t => t.ActivityId).ToListAsync();
        Assert.Equal(string.Join(",", rows.Select(r => r.ActivityId)), string.Join(",", stored));
    }
}
