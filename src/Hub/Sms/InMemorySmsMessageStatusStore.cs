using System.Collections.Concurrent;
using ContactHub.Channels.Sms;

namespace ContactHub.Hub.Sms;

public sealed class InMemorySmsMessageStatusStore : ISmsMessageStatusStore
{
    private readonly ConcurrentDictionary<string, (SmsMessageRecord Record, int Rank)> _records = new(StringComparer.Ordinal);

    public Task RecordSentAsync(string messageSid, string to, string? activityId, CancellationToken cancellationToken) =>
        RecordAsync(new SmsStatusUpdate(messageSid, "queued", null, to, null), activityId);

    public Task RecordAsync(SmsStatusUpdate update, CancellationToken cancellationToken) => RecordAsync(update, activityId: null);

    public Task<SmsMessageRecord?> GetAsync(string messageSid, CancellationToken cancellationToken) =>
        Task.FromResult(_records.TryGetValue(messageSid, out var entry) ? entry.Record : null);

    private Task RecordAsync(SmsStatusUpdate update, string? activityId)
    {
        ArgumentNullException.ThrowIfNull(update);
        _records.AddOrUpdate(
            update.MessageSid,
            _ => (new SmsMessageRecord(update.MessageSid, update.MessageStatus, update.ErrorCode, update.To, activityId), update.Rank),
            (_, old) => update.Rank > old.Rank
                ? (old.Record with
                {
                    Status = update.MessageStatus,
                    ErrorCode = update.ErrorCode ?? old.Record.ErrorCode,
                    To = old.Record.To ?? update.To,
                    ActivityId = old.Record.ActivityId ?? activityId,
                }, update.Rank)
                : (old.Record with { To = old.Record.To ?? update.To, ActivityId = old.Record.ActivityId ?? activityId }, old.Rank));
        return Task.CompletedTask;
    }
}
