using ContactHub.Channels;
using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Outbound;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Sms;

/// <summary>
/// SMS opt-out and opt-in (issue 5, §2.5), kept twice on purpose: the per-number suppression
/// (<see cref="IChannelIdentityStatusStore"/>) always, so nothing goes to a number that said STOP even when no customer
/// record matches it; and the customer's consent rows for service reminders and marketing when the number is theirs.
/// </summary>
public sealed class SmsConsent(
    IChannelIdentityStatusStore identities,
    ICustomerDirectory customers,
    IDbContextFactory<RecordsDbContext> records,
    TimeProvider clock,
    ILogger<SmsConsent> logger)
{
    /// <summary>Consent sources written here; START restores only what one of the opt-out sources withdrew.</summary>
    public const string StopKeywordSource = "sms-stop";
    public const string UnsubscribedErrorSource = "sms-21610";
    public const string StartKeywordSource = "sms-start";

    public async Task<bool> IsOptedOutAsync(ConversationKey number, CancellationToken cancellationToken) =>
        !await identities.IsActiveAsync(number, cancellationToken);

    public async Task OptOutAsync(ConversationKey number, string source, CancellationToken cancellationToken)
    {
        await identities.SetActiveAsync(number, active: false, cancellationToken);
        await UpdateConsentAsync(number, source, granted: false, cancellationToken);
        logger.LogInformation("SMS number {Number} opted out ({Source}); nothing more is sent to it", number.UserId, source);
    }

    public async Task OptInAsync(ConversationKey number, CancellationToken cancellationToken)
    {
        await identities.SetActiveAsync(number, active: true, cancellationToken);
        await UpdateConsentAsync(number, StartKeywordSource, granted: true, cancellationToken);
        logger.LogInformation("SMS number {Number} opted in again", number.UserId);
    }

    private async Task UpdateConsentAsync(ConversationKey number, string source, bool granted, CancellationToken cancellationToken)
    {
        if (await customers.FindByChannelIdentityAsync(number.Channel, number.UserId, cancellationToken) is not { } customer)
        {
            return;
        }

        await using var db = await records.CreateDbContextAsync(cancellationToken);
        var consents = await db.Consents.Where(c => c.CustomerId == customer.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var purpose in (ConsentPurpose[])[ConsentPurpose.ServiceNotifications, ConsentPurpose.Marketing])
        {
            var consent = consents.FirstOrDefault(c => c.Purpose == purpose);
            if (granted && purpose == ConsentPurpose.Marketing && consent?.Source is not (StopKeywordSource or UnsubscribedErrorSource))
            {
                continue; // START undoes an SMS opt-out; it is not a new marketing consent the customer never gave.
            }

            if (consent is null)
            {
                db.Consents.Add(new Consent { CustomerId = customer.Id, Purpose = purpose, Granted = granted, Source = source, At = now });
            }
            else
            {
                (consent.Granted, consent.Source, consent.At) = (granted, source, now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
