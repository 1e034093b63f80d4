using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace ContactHub.Channels.WeChat;

/// <summary>
/// Safe-mode message encryption (reference §1.5): AES-256-CBC with the key <c>Base64(EncodingAESKey + "=")</c>,
/// IV = the key's first 16 bytes, and PKCS#7 padding to 32-byte blocks. The plaintext is
/// <c>random(16) ‖ msg_len (4, big-endian) ‖ msg (UTF-8) ‖ appid</c>.
/// </summary>
public sealed class WeChatCrypto
{
    public const int EncodingAesKeyLength = 43;

    private const int RandomLength = 16;
    private const int LengthPrefix = 4;
    private const int AesBlock = 16;

    // WeChat pads to 32 bytes, not AES's 16; .NET's PaddingMode.PKCS7 throws on pad bytes above 16
    // (vector E has 22), so the padding is done here with PaddingMode.None (reference §1.5 ".NET pitfalls").
    private const int PadBlock = 32;

    private readonly byte[] _key;
    private readonly byte[] _appId;

    public WeChatCrypto(string encodingAesKey, string appId)
    {
        ArgumentNullException.ThrowIfNull(encodingAesKey);
        ArgumentException.ThrowIfNullOrEmpty(appId);
        if (encodingAesKey.Length != EncodingAesKeyLength)
        {
            throw new ArgumentException($"EncodingAESKey must be {EncodingAesKeyLength} characters (WXBizMsgCrypt {WeChatCryptoError.IllegalAesKey}).", nameof(encodingAesKey));
        }

        _key = new byte[32];
        if (!Convert.TryFromBase64String(encodingAesKey + "=", _key, out var written) || written != _key.Length)
        {
            throw new ArgumentException($"EncodingAESKey is not base64 (WXBizMsgCrypt {WeChatCryptoError.IllegalAesKey}).", nameof(encodingAesKey));
        }

        _appId = Encoding.UTF8.GetBytes(appId);
    }

    /// <summary>Decrypts an <c>Encrypt</c> element and checks that it was meant for this AppId.</summary>
    public bool TryDecrypt(string encrypt, [NotNullWhen(true)] out string? message, out WeChatCryptoError error)
    {
        ArgumentNullException.ThrowIfNull(encrypt);
        message = null;
        var cipher = new byte[encrypt.Length / 4 * 3];
        if (!Convert.TryFromBase64String(encrypt, cipher, out var cipherLength))
        {
            error = WeChatCryptoError.DecodeBase64;
            return false;
        }

        if (cipherLength == 0 || cipherLength % AesBlock != 0)
        {
            error = WeChatCryptoError.IllegalBuffer;
            return false;
        }

        byte[] plain;
        using (var aes = CreateAes())
        {
            plain = aes.DecryptCbc(cipher.AsSpan(0, cipherLength), _key.AsSpan(0, AesBlock), PaddingMode.None);
        }

        var pad = plain[^1];
        if (pad is < 1 or > PadBlock || plain.AsSpan(plain.Length - pad).ContainsAnyExcept(pad))
        {
            error = WeChatCryptoError.DecryptAes;
            return false;
        }

        var body = plain.AsSpan(0, plain.Length - pad);
        if (body.Length < RandomLength + LengthPrefix)
        {
            error = WeChatCryptoError.IllegalBuffer;
            return false;
        }

        var messageLength = BinaryPrimitives.ReadInt32BigEndian(body.Slice(RandomLength, LengthPrefix));
        var rest = body[(RandomLength + LengthPrefix)..];
        if (messageLength < 0 || messageLength > rest.Length)
        {
            error = WeChatCryptoError.IllegalBuffer;
            return false;
        }

        if (!rest[messageLength..].SequenceEqual(_appId))
        {
            error = WeChatCryptoError.ValidateAppId;
            return false;
        }

        message = Encoding.UTF8.GetString(rest[..messageLength]);
        error = WeChatCryptoError.None;
        return true;
    }

    /// <summary>Encrypts a reply with a fresh random prefix.</summary>
    public string Encrypt(string message)
    {
        Span<byte> random = stackalloc byte[RandomLength];
        RandomNumberGenerator.Fill(random);
        return Encrypt(message, random);
    }

    /// <summary>Encrypts with a caller-chosen 16-byte prefix; the official vectors fix it to get a deterministic ciphertext.</summary>
    public string Encrypt(string message, ReadOnlySpan<byte> random)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (random.Length != RandomLength)
        {
            throw new ArgumentException($"The random prefix must be {RandomLength} bytes.", nameof(random));
        }

        var messageLength = Encoding.UTF8.GetByteCount(message);
        var unpadded = RandomLength + LengthPrefix + messageLength + _appId.Length;
        var pad = PadBlock - (unpadded % PadBlock);
        var plain = new byte[unpadded + pad];
        random.CopyTo(plain);
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(RandomLength), messageLength);
        Encoding.UTF8.GetBytes(message, plain.AsSpan(RandomLength + LengthPrefix));
        _appId.CopyTo(plain.AsSpan(RandomLength + LengthPrefix + messageLength));
        plain.AsSpan(unpadded).Fill((byte)pad);

        using var aes = CreateAes();
        return Convert.ToBase64String(aes.EncryptCbc(plain, _key.AsSpan(0, AesBlock), PaddingMode.None));
    }

    // One Aes per call: the one-shot CBC methods are not documented as thread-safe, and a crypto object is shared by all requests.
    private Aes CreateAes()
    {
        var aes = Aes.Create();
        aes.Key = _key;
        return aes;
    }
}
