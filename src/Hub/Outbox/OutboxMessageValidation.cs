namespace ContactHub.Hub.Outbox;

internal static class OutboxMessageValidation
{
    public const int MaxIdempotencyKeyLength = 512;

    public static void Validate(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(message.IdempotencyKey) || message.IdempotencyKey.Length > MaxIdempotencyKeyLength)
        {
            throw new ArgumentException($"An idempotency key is 1 to {MaxIdempotencyKeyLength} characters.", nameof(message));
        }

        if (message.Activity is null || message.To == default)
        {
            throw new ArgumentException("An outbox message needs a recipient and an activity.", nameof(message));
        }
    }
}
