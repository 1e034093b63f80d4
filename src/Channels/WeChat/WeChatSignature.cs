using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ContactHub.Channels.WeChat;

/// <summary>
/// The two WeChat SHA1 signatures (reference §1.1 and §1.5): <c>signature</c> over token, timestamp and nonce,
/// and <c>msg_signature</c> over those plus the Encrypt element. Both sort their inputs lexicographically,
/// concatenate them and hex-encode SHA1 in lower case.
/// </summary>
public static class WeChatSignature
{
    /// <summary>How far a push's timestamp may be from now. WeChat retries within ~15 s (§1.4); 300 s is the issue #4 window.</summary>
    public static readonly TimeSpan TimestampTolerance = TimeSpan.FromSeconds(300);

    private const int HexLength = 40;

    public static string Compute(string token, string timestamp, string nonce) => ComputeSorted([token, timestamp, nonce]);

    public static string ComputeMessage(string token, string timestamp, string nonce, string encrypt) =>
        ComputeSorted([token, timestamp, nonce, encrypt]);

    /// <summary>Checks the <c>signature</c> query parameter of a GET server check or a plaintext-mode POST.</summary>
    public static WeChatSignatureStatus Verify(string token, string? timestamp, string? nonce, string? signature, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(nonce) || string.IsNullOrEmpty(signature))
        {
            return WeChatSignatureStatus.Missing;
        }

        if (!IsFresh(timestamp, now))
        {
            return WeChatSignatureStatus.StaleTimestamp;
        }

        return FixedTimeEquals(Compute(token, timestamp, nonce), signature) ? WeChatSignatureStatus.Valid : WeChatSignatureStatus.Mismatch;
    }

    /// <summary>
    /// Checks <c>msg_signature</c> of a safe-mode POST. The official doc says "不要使用signature验证" for
    /// encrypted pushes (§1.5): only this signature covers the body.
    /// </summary>
    public static WeChatSignatureStatus VerifyMessage(
        string token, string? timestamp, string? nonce, string? encrypt, string? msgSignature, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(nonce) || string.IsNullOrEmpty(encrypt) || string.IsNullOrEmpty(msgSignature))
        {
            return WeChatSignatureStatus.Missing;
        }

        if (!IsFresh(timestamp, now))
        {
            return WeChatSignatureStatus.StaleTimestamp;
        }

        return FixedTimeEquals(ComputeMessage(token, timestamp, nonce, encrypt), msgSignature)
            ? WeChatSignatureStatus.Valid
            : WeChatSignatureStatus.Mismatch;
    }

    /// <summary>True when <paramref name="timestamp"/> (Unix seconds) is within <see cref="TimestampTolerance"/> of <paramref name="now"/>.</summary>
    public static bool IsFresh(string timestamp, DateTimeOffset now)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var delta = Math.Abs(now.ToUnixTimeSeconds() - seconds);
        return delta <= (long)TimestampTolerance.TotalSeconds;
    }

    private static bool FixedTimeEquals(string expectedHex, string actual)
    {
        if (actual.Length != HexLength)
        {
            return false;
        }

        Span<byte> expectedBytes = stackalloc byte[HexLength];
        Span<byte> actualBytes = stackalloc byte[HexLength];
        Encoding.ASCII.GetBytes(expectedHex, expectedBytes);
        Encoding.ASCII.GetBytes(actual, actualBytes);
        return CryptographicOperations.FixedTimeEquals(expectedBytes, actualBytes);
    }

    private static string ComputeSorted(string[] parts)
    {
        Array.Sort(parts, StringComparer.Ordinal);
        var length = 0;
        foreach (var part in parts)
        {
            length += Encoding.UTF8.GetByteCount(part);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = 0;
            foreach (var part in parts)
            {
                written += Encoding.UTF8.GetBytes(part, buffer.AsSpan(written));
            }

            Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
#pragma warning disable CA5350 // SHA1 is what WeChat signs with (reference §1.1, §1.5); we have no choice of algorithm.
            SHA1.HashData(buffer.AsSpan(0, written), hash);
#pragma warning restore CA5350
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
