using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using TwilioPhoneNumber = Twilio.Types.PhoneNumber;

namespace ContactHub.Channels.Sms;

/// <summary>
/// Sends an Activity as SMS through the Twilio REST API (§2.7), one <c>Messages.json</c> create per rendered body, each
/// with <c>StatusCallback</c> so delivery states come back to the Hub (§2.4). Only translates and transmits: consent,
/// echo and delivery records are the Hub's send rules (STYLE #3). Point <paramref name="httpClient"/> at a fake with
/// <see cref="SmsApiBaseUrlHandler"/>.
/// </summary>
public sealed class SmsAdapter(SmsOptions options, System.Net.Http.HttpClient httpClient) : IChannelAdapter
{
    private readonly TwilioRestClient _client = new(
        options.AccountSid, options.AuthToken, httpClient: new SmsApiHttpClient(httpClient));

    private readonly SmsOutbound _outbound = new(options.MaxSegmentsPerMessage);

    // The same for every send: built once instead of per message (StatusCallbackUrl builds a new Uri each time it is read).
    private readonly Uri? _statusCallback = options.StatusCallbackUrl;
    private readonly TwilioPhoneNumber? _from = string.IsNullOrEmpty(options.MessagingServiceSid) ? new(options.From) : null;

    public string ChannelId => ChannelIds.Sms;

    public async Task<ChannelSendResult> SendAsync(ConversationKey to, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!E164Number.TryParse(to.UserId, out var number))
        {
            return ChannelSendResult.Failed($"'{to.UserId}' is not a phone number.", permanent: true);
        }

        var bodies = _outbound.Render(activity);
        string? firstSid = null;
        for (var i = 0; i < bodies.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                // The SDK's CreateAsync takes no token; WaitAsync stops waiting, though the request itself may still land.
                var message = await MessageResource.CreateAsync(Options(number, bodies[i]), _client).WaitAsync(cancellationToken);
                firstSid ??= message.Sid;
            }
            catch (ApiException e)
            {
                return SmsSendFailure.From(e, sent: i, of: bodies.Count);
            }
            catch (ApiConnectionException e)
            {
                return ChannelSendResult.Failed($"Twilio unreachable after {i} of {bodies.Count} parts: {e.Message}", permanent: false);
            }
        }

        // The first part's Sid names the send: it is the delivery's source id, and each part's status callback carries its own Sid.
        return ChannelSendResult.Ok(firstSid);
    }

    private CreateMessageOptions Options(E164Number to, string body)
    {
        var create = new CreateMessageOptions(new TwilioPhoneNumber(to.Value))
        {
            Body = body,
            StatusCallback = _statusCallback,
        };

        if (_from is null)
        {
            create.MessagingServiceSid = options.MessagingServiceSid;
        }
        else
        {
            create.From = _from;
        }

        return create;
    }
}
