using System.Globalization;
using ContactHub.Channels;
using ContactHub.Dialogs.Ports;

namespace ContactHub.Dialogs.Tests.Fakes;

/// <summary>
/// The verification rules the dialog relies on, in memory on an injected clock: a new code per send (100001, 100002,
/// …), valid 5 minutes, 3 tries, one send per number per 60 seconds. The Hub's real service is tested in Hub.Tests.
/// </summary>
public sealed class FakeIdentityVerification(TimeProvider clock) : IIdentityVerification
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan ResendInterval = TimeSpan.FromSeconds(60);

    private readonly Dictionary<string, DateTimeOffset> _lastSend = new(StringComparer.Ordinal);
    private (ConversationKey Conversation, string Mobile, string Code, int TriesLeft, DateTimeOffset ExpiresAt)? _pending;

    public bool FailSends { get; set; }

    public List<(string Mobile, string Code)> Sent { get; } = [];

    public int Checks { get; private set; }

    public string LastCode => Sent[^1].Code;

    public Task<CodeSendResult> SendCodeAsync(ConversationKey conversation, string mobile, string locale, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_lastSend.TryGetValue(mobile, out var last) && now - last < ResendInterval)
        {
            return Task.FromResult(CodeSendResult.RateLimited(ResendInterval - (now - last)));
        }

        _lastSend[mobile] = now;
        if (FailSends)
        {
            return Task.FromResult(CodeSendResult.Failed);
        }

        var code = (100001 + Sent.Count).ToString(CultureInfo.InvariantCulture);
        Sent.Add((mobile, code));
        _pending = (conversation, mobile, code, 3, now + Lifetime);
        return Task.FromResult(CodeSendResult.Sent(Lifetime));
    }

    public Task<CodeCheckResult> CheckCodeAsync(ConversationKey conversation, string mobile, string code, CancellationToken cancellationToken)
    {
        Checks++;
        if (_pending is not { } pending || pending.Conversation != conversation || pending.Mobile != mobile || clock.GetUtcNow() >= pending.ExpiresAt)
        {
            return Task.FromResult(CodeCheckResult.Expired);
        }

        if (pending.Code == code)
        {
            _pending = null;
            return Task.FromResult(CodeCheckResult.Verified);
        }

        var triesLeft = pending.TriesLeft - 1;
        _pending = triesLeft == 0 ? null : pending with { TriesLeft = triesLeft };
        return Task.FromResult(triesLeft == 0 ? CodeCheckResult.NoTriesLeft : CodeCheckResult.Wrong(triesLeft));
    }
}
