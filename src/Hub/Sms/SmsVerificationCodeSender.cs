using ContactHub.Channels;
using ContactHub.Channels.Sms;
using ContactHub.Dialogs.Resources;
using ContactHub.Hub.Identity;
using ContactHub.Hub.Outbound;
using ContactHub.Hub.Turns;

namespace ContactHub.Hub.Sms;

/// <summary>
/// Identity binding's one-time codes, by SMS (issues 3 and 5), through the one outbound path: a number that opted out
/// gets no code (Twilio would refuse it with 21610 anyway), and a refusal is a false, never an exception.
/// </summary>
public sealed class SmsVerificationCodeSender(OutboundDispatcher dispatcher, ILogger<SmsVerificationCodeSender> logger) : IVerificationCodeSender
{
    public async Task<bool> SendAsync(string mobile, string code, string locale, CancellationToken cancellationToken)
    {
        if (!E164Number.TryParse(mobile, out var number))
        {
            logger.LogWarning("Verification code not sent: '{Mobile}' is not a phone number", mobile);
            return false;
        }

        var text = Strings.VerificationCode(TurnLocale.Resolve(locale, null), code);
        var result = await dispatcher.SendAsync(new ConversationKey(ChannelIds.Sms, number.Value), Activity.CreateMessage(text, locale), cancellationToken);
        if (!result.Accepted)
        {
            logger.LogWarning("Verification code to {Number} not sent: {Error}", number.Value, result.Error);
        }

        return result.Accepted;
    }
}
