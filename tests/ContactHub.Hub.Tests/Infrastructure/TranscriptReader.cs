using ContactHub.Channels;
using ContactHub.Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Tests.Infrastructure;

/// <summary>A conversation's transcript rows as the records database holds them, for every channel's test host.</summary>
public static class TranscriptReader
{
    /// <summary>The rows of every turn that has finished, once the background writer has stored them.</summary>
    public static async Task<List<TranscriptEntry>> ReadAsync(IServiceProvider services, ConversationKey key)
    {
        await services.GetRequiredService<TranscriptWriter>().FlushAsync(CancellationToken.None);
        return await ReadStoredAsync(services, key);
    }

    /// <summary>
    /// WeChat and SMS answer the webhook before their detached turn has queued its transcript rows, so this waits
    /// for the writer's next stored batch until the rows are there (10 s at most).
    /// </summary>
    public static async Task<List<TranscriptEntry>> WaitForAsync(IServiceProvider services, ConversationKey key, int entries)
    {
        var writer = services.GetRequiredService<TranscriptWriter>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var written = writer.NextWrite;
            var transcript = await ReadStoredAsync(services, key);
            if (transcript.Count >= entries)
            {
                return transcript;
            }

            await written.WaitAsync(timeout.Token);
        }
    }

    private static async Task<List<TranscriptEntry>> ReadStoredAsync(IServiceProvider services, ConversationKey key)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();
        return await db.Transcript.Where(t => t.Channel == key.Channel && t.UserId == key.UserId).OrderBy(t => t.Id).ToListAsync();
    }
}
