using System.Globalization;
using System.Security.Cryptography;
using ContactHub.Channels;
using ContactHub.Dialogs.Ports;
using ContactHub.Hub.State;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Identity;

/// <summary>
/// <see cref="IIdentityVerification"/> for BindIdentityDialog (issue 3): a random 6-digit code, stored only as a hash
/// for <see cref="IdentityVerificationOptions.CodeLifetime"/> with <see cref="IdentityVerificationOptions.MaxTries"/>
/// tries, sent through <see cref="IVerificationCodeSender"/>, and rate-limited per conversation and per number.
/// </summary>
public sealed partial class IdentityVerificationService(
    IVerificationCodeStore store,
    IVerificationCodeSender sender,
    TimeProvider clock,
    IOptions<IdentityVerificationOptions> options,
    ILogger<IdentityVerificationService> logger) : IIdentityVerification
{
    public async Task<CodeSendResult> SendCodeAsync(ConversationKey conversation, string mobile, string locale, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(mobile);
        var rules = options.Value;
        var now = clock.GetUtcNow();
        // The conversation's own limit first: a user refused for spraying numbers must not use up a number's quota.
        // The two limits live in different Redis slots, so they are two atomic steps, not one.
        var wait = await store.TryAcquireSendAsync(StateKeys.VerificationSendsByConversation(conversation), now, rules.ResendInterval, rules.SendsPerConversationPerHour, cancellationToken);
        if (wait <= TimeSpan.Zero)
        {
            wait = await store.TryAcquireSendAsync(StateKeys.VerificationSendsByNumber(mobile), now, rules.ResendInterval, rules.SendsPerNumberPerHour, cancellationToken);
        }

        if (wait > TimeSpan.Zero)
        {
            LogRateLimited(logger, conversation.ToString(), Masked(mobile), wait);
            return CodeSendResult.RateLimited(wait);
        }

        var code = RandomNumberGenerator.GetInt32(1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var salt = VerificationCodeHash.NewSalt();
        var pending = new PendingCode(mobile, VerificationCodeHash.Compute(mobile, code, salt, rules.CodePepper), salt, rules.MaxTries, now + rules.CodeLifetime);
        await store.SaveAsync(conversation, pending, rules.CodeLifetime, cancellationToken);
        if (!await sender.SendAsync(mobile, code, locale, cancellationToken))
        {
            await store.RemoveAsync(conversation, cancellationToken);
            LogSendFailed(logger, conversation.ToString(), Masked(mobile));
            return CodeSendResult.Failed;
        }

        LogSent(logger, conversation.ToString(), Masked(mobile));
        return CodeSendResult.Sent(rules.CodeLifetime);
    }

    public async Task<CodeCheckResult> CheckCodeAsync(ConversationKey conversation, string mobile, string code, CancellationToken cancellationToken)
    {
        var pending = await store.TakeTryAsync(conversation, cancellationToken);
        if (pending is null)
        {
            return CodeCheckResult.Expired;
        }

        if (clock.GetUtcNow() >= pending.ExpiresAt || !string.Equals(pending.Mobile, mobile, StringComparison.Ordinal))
        {
            await store.RemoveAsync(conversation, cancellationToken);
            return CodeCheckResult.Expired;
        }

        var matches = pending.TriesLeft >= 0 && VerificationCodeHash.Matches(pending, mobile, code ?? "", options.Value.CodePepper);
        if (matches || pending.TriesLeft <= 0)
        {
            await store.RemoveAsync(conversation, cancellationToken);
        }

        return matches ? CodeCheckResult.Verified : pending.TriesLeft <= 0 ? CodeCheckResult.NoTriesLeft : CodeCheckResult.Wrong(pending.TriesLeft);
    }

    private static string Masked(string mobile) => mobile.Length > 4 ? "…" + mobile[^4..] : "…";

    [LoggerMessage(Level = LogLevel.Information, Message = "Verification code sent for {Conversation} to {Mobile}")]
    private static partial void LogSent(ILogger logger, string conversation, string mobile);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Verification code for {Conversation} to {Mobile} could not be sent")]
    private static partial void LogSendFailed(ILogger logger, string conversation, string mobile);

    [LoggerMessage(Level = LogLevel.Information, Message = "Verification code for {Conversation} to {Mobile} refused by rate limit; retry in {Wait}")]
    private static partial void LogRateLimited(ILogger logger, string conversation, string mobile, TimeSpan wait);
}
