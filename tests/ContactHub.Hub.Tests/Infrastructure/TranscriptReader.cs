using ContactHub.Channels;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Tests.Infrastructure;

/// <summary>A conversation's transcript rows as the records database holds them, for every channel's test host.</summary>
public static class TranscriptReader
{
    public static async Task<List<TranscriptEntry>> ReadAsync(IServiceProvider services, ConversationKey key)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();
        return await db.Transcript.Where(t => t.Channel == key.Channel && t.UserId == key.UserId).OrderBy(t => t.Id).ToListAsync();
    }

    /// <summary>
    /// WeChat and SMS answer the webhook before their detached turn has written its transcript rows, and nothing
    /// announces that write, so this reads until the rows are there (10 s at most).
    /// </summary>
    public static async Task<List<TranscriptEntry>> WaitForAsync(IServiceProvider services, ConversationKey key, int entries)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var transcript = await ReadAsync(services, key);
            if (transcript.Count >= entries)
            {
                return transcript;
            }

            await Task.Delay(20, timeout.Token);
        }
    }
}
