namespace ContactHub.Hub.State;

/// <summary>Remembers channel delivery ids so a webhook retried by its channel runs one turn, across all instances.</summary>
public interface IDedupeStore
{
    /// <returns>True the first time this delivery is seen.</returns>
    Task<bool> TryMarkAsync(string channel, string deliveryId, CancellationToken cancellationToken);

    /// <summary>Undo a mark whose turn failed, so the channel's retry is processed instead of dropped.</summary>
    Task ForgetAsync(string channel, string deliveryId, CancellationToken cancellationToken);
}
