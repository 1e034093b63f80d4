using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using ContactHub.Channels.WebChat;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.WebChat;

/// <summary>
/// Checks bearer credentials and issues conversation tokens signed with <c>DirectLine:Secret</c>. In Development
/// an unset secret is generated at start-up and logged once, so <c>dotnet run</c> works out of the box; anywhere
/// else an unset secret stops the hub, because instances behind a load balancer must share it.
/// </summary>
public sealed class DirectLineTokenService
{
    private const string BearerPrefix = "Bearer ";
    private readonly byte[] secret;
    private readonly byte[] signingKey;
    private readonly DirectLineOptions options;
    private readonly TimeProvider time;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, IHostEnvironment environment, TimeProvider time, ILogger<DirectLineTokenService> logger)
    {
        this.options = options.Value;
        this.time = time;
        var configured = this.options.Secret;
        if (string.IsNullOrWhiteSpace(configured))
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException("DirectLine:Secret is not set; it is required outside Development.");
            }

            configured = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
            DirectLineLog.GeneratedSecret(logger, configured);
        }

        secret = Encoding.UTF8.GetBytes(configured);
        signingKey = SHA256.HashData(Encoding.UTF8.GetBytes("ContactHub.DirectLine.Token|" + configured));
    }

    public int LifetimeSeconds => (int)options.TokenLifetime.TotalSeconds;

    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>From an <c>Authorization</c> header value.</summary>
    public DirectLineGrant AuthorizeHeader(string? authorization)
    {
        if (string.IsNullOrEmpty(authorization))
        {
            return DirectLineGrant.Missing;
        }

        return authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? Authorize(authorization[BearerPrefix.Length..].Trim())
            : DirectLineGrant.Invalid;
    }

    /// <summary>From the bare credential, as the stream URL's <c>t</c> parameter carries it.</summary>
    public DirectLineGrant Authorize(string? credential)
    {
        if (string.IsNullOrEmpty(credential))
        {
            return DirectLineGrant.Missing;
        }

        if (CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), secret))
        {
            return DirectLineGrant.Secret;
        }

        if (!DirectLineToken.TryRead(credential, signingKey, out var token))
        {
            return DirectLineGrant.Invalid;
        }

        return token.IsExpired(time.GetUtcNow())
            ? DirectLineGrant.Expired
            : new DirectLineGrant(DirectLineGrantKind.Token, token.ConversationId, token.UserId);
    }

    public DirectLineConversation Issue(string conversationId, string? userId, string? streamUrl = null)
    {
        var token = new DirectLineToken(conversationId, userId, time.GetUtcNow() + options.TokenLifetime);
        return new DirectLineConversation
        {
            ConversationId = conversationId,
            Token = token.Sign(signingKey),
            ExpiresIn = LifetimeSeconds,
            StreamUrl = streamUrl,
        };
    }
}
