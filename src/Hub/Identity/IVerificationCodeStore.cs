using ContactHub.Channels;

namespace ContactHub.Hub.Identity;

/// <summary>Where pending codes and send counts live: Redis when configured, else this process.</summary>
public interface IVerificationCodeStore
{
    /// <summary>
    /// Records one send under <paramref name="limiterKey"/> unless the last was less than <paramref name="minInterval"/>
    /// ago or <paramref name="perHour"/> sends fall in the past hour. Returns zero when recorded, else how long to wait.
    /// </summary>
    Task<TimeSpan> TryAcquireSendAsync(string limiterKey, DateTimeOffset now, TimeSpan minInterval, int perHour, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="code"/> as the conversation's pending code, replacing any other.</summary>
    Task SaveAsync(ConversationKey conversation, PendingCode code, TimeSpan lifetime, CancellationToken cancellationToken);

    /// <summary>Uses one try atomically and returns the pending code with the tries left after it; null when none is pending.</summary>
    Task<PendingCode?> TakeTryAsync(ConversationKey conversation, CancellationToken cancellationToken);

    Task RemoveAsync(ConversationKey conversation, CancellationToken cancellationToken);
}
