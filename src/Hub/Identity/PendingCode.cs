namespace ContactHub.Hub.Identity;

/// <summary>
/// The code a conversation is waiting for, as stored: never the code itself, only its salted HMAC
/// (<see cref="VerificationCodeHash"/>). <see cref="ExpiresAt"/> is on the hub's clock; the store's own TTL only
/// cleans up.
/// </summary>
public sealed record PendingCode(string Mobile, string Hash, string Salt, int TriesLeft, DateTimeOffset ExpiresAt);
