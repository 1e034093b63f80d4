using System.Text.Json;
using ContactHub.Channels;
using ContactHub.Channels.Sms;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Resources;
using ContactHub.Hub.Turns;

namespace ContactHub.Hub.Sms;

/// <summary>
/// STOP/START/HELP before the dialogs (issue 5, §2.5). Opt-out words (STOP, UNSUBSCRIBE, END, QUIT, STOPALL, REVOKE,
/// OPTOUT, CANCEL, 退订, TD, T) always opt out, even mid-dialog: on SMS "CANCEL" and "QUIT" are carrier opt-out words
/// that Twilio itself acts on, so treating them as the global cancel command would leave the hub believing it may
/// still text a number Twilio now blocks. 取消 (not a Twilio keyword) stays the dialog cancel. START/UNSTOP/YES opt
/// back in only when the number is opted out; otherwise "yes" is an answer for the dialogs (a confirm prompt).
/// HELP/帮助 answer the SMS help text, which names the opt-out word as carriers require.
/// </summary>
public sealed class SmsKeywordResponder(SmsConsent consent, DealerProfile dealer)
{
    /// <returns>The confirmation or help text to answer with, or null when the message is for the dialogs.</returns>
    public async Task<string?> AnswerAsync(ConversationKey number, Activity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var locale = TurnLocale.Resolve(message.Locale, null);
        switch (Classify(message))
        {
            case SmsKeyword.OptOut:
                await consent.OptOutAsync(number, SmsConsent.StopKeywordSource, cancellationToken);
                return Strings.SmsOptedOut(locale);
            case SmsKeyword.OptIn when await consent.IsOptedOutAsync(number, cancellationToken):
                await consent.OptInAsync(number, cancellationToken);
                return Strings.SmsOptedIn(locale);
            case SmsKeyword.Help:
                return Strings.SmsHelp(locale, dealer.NameFor(locale), dealer.Phone);
            default:
                return null;
        }
    }

    // Twilio's own verdict (Advanced Opt-Out adds OptOutType, §2.1) wins; otherwise the whole message is the keyword.
    private static SmsKeyword Classify(Activity message) =>
        message.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("optOutType", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()?.ToUpperInvariant() switch
            {
                "STOP" => SmsKeyword.OptOut,
                "START" => SmsKeyword.OptIn,
                "HELP" => SmsKeyword.Help,
                _ => SmsOptOut.Classify(message.Text),
            }
            : SmsOptOut.Classify(message.Text);
}
