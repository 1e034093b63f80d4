using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ContactHub.Channels.WebChat;

/// <summary>
/// A conversation token: HMAC-SHA256-signed, so any hub instance sharing <c>DirectLine:Secret</c> can check it
/// without a store round trip, and refresh is just a new signature. The wire form is one base64url blob with no
/// dots, so directlinejs' jwt-decode fails on it and treats it as "no user in token" (§3.3 setUserId).
/// Layout: version(1) expiresUnixSeconds(8, big-endian) conversationIdLength(1) conversationId userId mac(32).
/// </summary>
public readonly record struct DirectLineToken(string ConversationId, string? UserId, DateTimeOffset ExpiresAt)
{
    public const int MaxIdBytes = 128;
    private const byte Version = 1;
    private const int HeaderBytes = 1 + 8 + 1;
    private const int MacBytes = 32;
    private const int MaxWireLength = 1024;

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>True when <paramref name="id"/> fits in a token (at most <see cref="MaxIdBytes"/> UTF-8 bytes).</summary>
    public static bool Fits(string id) => Encoding.UTF8.GetByteCount(id) <= MaxIdBytes;

    public string Sign(ReadOnlySpan<byte> key)
    {
        var conversation = Encoding.UTF8.GetBytes(ConversationId);
        var user = Encoding.UTF8.GetBytes(UserId ?? "");
        if (conversation.Length is 0 or > MaxIdBytes || user.Length > MaxIdBytes)
        {
            throw new InvalidOperationException("Conversation and user ids must be 1 to 128 UTF-8 bytes.");
        }

        var payloadLength = HeaderBytes + conversation.Length + user.Length;
        Span<byte> buffer = stackalloc byte[payloadLength + MacBytes];
        buffer[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(buffer[1..], ExpiresAt.ToUnixTimeSeconds());
        buffer[9] = (byte)conversation.Length;
        conversation.CopyTo(buffer[HeaderBytes..]);
        user.CopyTo(buffer[(HeaderBytes + conversation.Length)..]);
        HMACSHA256.HashData(key, buffer[..payloadLength], buffer[payloadLength..]);
        return Base64Url.EncodeToString(buffer);
    }

    /// <summary>False for anything not signed with <paramref name="key"/>; expiry is the caller's check.</summary>
    public static bool TryRead(string? wire, ReadOnlySpan<byte> key, out DirectLineToken token)
    {
        token = default;
        if (string.IsNullOrEmpty(wire) || wire.Length > MaxWireLength || !Base64Url.IsValid(wire))
        {
            return false;
        }

        Span<byte> buffer = stackalloc byte[Base64Url.GetMaxDecodedLength(wire.Length)];
        if (!Base64Url.TryDecodeFromChars(wire, buffer, out var length) || length < HeaderBytes + 1 + MacBytes)
        {
            return false;
        }

        var payload = buffer[..(length - MacBytes)];
        Span<byte> expected = stackalloc byte[MacBytes];
        HMACSHA256.HashData(key, payload, expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, buffer[(length - MacBytes)..length]) || payload[0] != Version)
        {
            return false;
        }

        int conversationLength = payload[9];
        if (conversationLength == 0 || HeaderBytes + conversationLength > payload.Length)
        {
            return false;
        }

        var expires = BinaryPrimitives.ReadInt64BigEndian(payload[1..]);
        var user = Encoding.UTF8.GetString(payload[(HeaderBytes + conversationLength)..]);
        token = new DirectLineToken(
            Encoding.UTF8.GetString(payload.Slice(HeaderBytes, conversationLength)),
            user.Length == 0 ? null : user,
            DateTimeOffset.FromUnixTimeSeconds(expires));
        return true;
    }
}
