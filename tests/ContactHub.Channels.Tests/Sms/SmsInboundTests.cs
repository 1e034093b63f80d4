using ContactHub.Channels.Sms;
using ContactHub.Tests.Twilio;

namespace ContactHub.Channels.Tests.Sms;

public sealed class SmsInboundTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);

    private static Activity Parse(List<KeyValuePair<string, string>> form)
    {
        var result = SmsInbound.ParseMessage(form, ReceivedAt);
        Assert.True(result.IsValid, result.Error);
        return result.Value;
    }

    [Fact]
    public void TurnsChineseInboundSmsIntoMessageActivity()
    {
        var activity = Parse(SmsForm.Fixture("inbound-message-zh.form"));

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("SM1f0e8ae6ade43cb3c0ce4525424e404f", activity.Id);
        Assert.Equal(ChannelIds.Sms, activity.ChannelId);
        Assert.Equal("+8613812345678", activity.From?.Id);
        Assert.Equal("+8613812345678", activity.Conversation?.Id);
        Assert.Equal("+15005550006", activity.Recipient?.Id);
        Assert.Equal("预约保养", activity.Text);
        Assert.Equal("zh-CN", activity.Locale);
        Assert.Equal(ReceivedAt, activity.Timestamp);
        Assert.Null(activity.Attachments);
    }

    [Fact]
    public void NormalisesALocalChineseMobileInFrom()
    {
        var activity = Parse(SmsForm.Fixture("inbound-message-zh.form").With("From", "13812345678"));
        Assert.Equal("+8613812345678", activity.From?.Id);
        Assert.Equal("+8613812345678", activity.Conversation?.Id);
    }

    [Fact]
    public void KeepsMmsMediaAsAttachmentsAndGuessesEnglish()
    {
        var activity = Parse(SmsForm.Fixture("inbound-mms-en.form"));

        Assert.Equal("en", activity.Locale);
        Assert.Collection(
            activity.Attachments ?? [],
            a => Assert.Equal(("image/jpeg", true), (a.ContentType, a.ContentUrl!.EndsWith("/Media/ME0a", StringComparison.Ordinal))),
            a => Assert.Equal(("image/png", true), (a.ContentType, a.ContentUrl!.EndsWith("/Media/ME0b", StringComparison.Ordinal))));
    }

    [Fact]
    public void GuessesChineseFromTheTextEvenFromAForeignNumber()
    {
        var activity = Parse(SmsForm.Fixture("inbound-mms-en.form").With("Body", "我想预约"));
        Assert.Equal("zh-CN", activity.Locale);
    }

    [Fact]
    public void GuessesChineseForAPlus86SenderWritingLatinLetters()
    {
        var activity = Parse(SmsForm.Fixture("inbound-message-zh.form").With("Body", "TD"));
        Assert.Equal("zh-CN", activity.Locale);
    }

    [Fact]
    public void KeepsTwiliosOptOutTypeInChannelData()
    {
        var activity = Parse(SmsForm.Fixture("inbound-stop-advanced-opt-out.form"));

        var data = activity.ChannelData!.Value;
        Assert.Equal("STOP", data.GetProperty("optOutType").GetString());
        Assert.Equal("MG0123456789abcdef0123456789abcdef", data.GetProperty("messagingServiceSid").GetString());
        Assert.Equal(activity.Id, data.GetProperty("messageSid").GetString());
    }

    [Fact]
    public void LeavesOptOutTypeOutWhenTwilioDidNotSendIt()
    {
        var activity = Parse(SmsForm.Fixture("inbound-message-zh.form"));
        Assert.False(activity.ChannelData!.Value.TryGetProperty("optOutType", out _));
    }

    [Fact]
    public void ReadsAnEmptyBodyAsEmptyText() =>
        Assert.Equal("", Parse(SmsForm.Fixture("inbound-mms-en.form").Without("Body")).Text);

    [Fact]
    public void ReportsMissingFromAsMalformed()
    {
        var result = SmsInbound.ParseMessage(SmsForm.Fixture("inbound-missing-from.form"), ReceivedAt);
        Assert.False(result.IsValid);
        Assert.Contains("From", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsMissingMessageSidAsMalformed()
    {
        var form = SmsForm.Fixture("inbound-message-zh.form").Without("MessageSid").Without("SmsMessageSid");
        var result = SmsInbound.ParseMessage(form, ReceivedAt);
        Assert.False(result.IsValid);
        Assert.Contains("MessageSid", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAFromThatIsNotAPhoneNumberAsMalformed()
    {
        var result = SmsInbound.ParseMessage(SmsForm.Fixture("inbound-message-zh.form").With("From", "DEALER"), ReceivedAt);
        Assert.False(result.IsValid);
        Assert.Contains("DEALER", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAnEmptyFormAsMalformed() =>
        Assert.False(SmsInbound.ParseMessage([], ReceivedAt).IsValid);

    [Fact]
    public void ParsesADeliveredStatusCallback()
    {
        var result = SmsInbound.ParseStatus(SmsForm.Fixture("status-delivered.form"));

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(new SmsStatusUpdate("SM9f9f9f9f9f9f9f9f9f9f9f9f9f9f9f9f", "delivered", null, "+8613812345678", "+15005550006"), result.Value);
        Assert.True(result.Value.IsFinal);
        Assert.False(result.Value.RecipientOptedOut);
    }

    [Fact]
    public void ParsesAnUndeliveredCallbackWithErrorCode21610AsOptedOut()
    {
        var result = SmsInbound.ParseStatus(SmsForm.Fixture("status-undelivered-21610.form"));

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(("undelivered", 21610), (result.Value.MessageStatus, result.Value.ErrorCode));
        Assert.True(result.Value.RecipientOptedOut);
    }

    [Fact]
    public void RanksStatusesSoALateSentNeverOverwritesDelivered()
    {
        var delivered = new SmsStatusUpdate("SM1", "delivered", null, null, null);
        var sent = delivered with { MessageStatus = "sent" };
        var queued = delivered with { MessageStatus = "queued" };
        Assert.True(delivered.Rank > sent.Rank);
        Assert.True(sent.Rank > queued.Rank);
    }

    [Fact]
    public void ReportsStatusCallbackWithoutStatusAsMalformed()
    {
        var form = SmsForm.Fixture("status-delivered.form").Without("MessageStatus").Without("SmsStatus");
        Assert.False(SmsInbound.ParseStatus(form).IsValid);
    }

    [Fact]
    public void ReportsStatusCallbackWithoutMessageSidAsMalformed()
    {
        var form = SmsForm.Fixture("status-delivered.form").Without("MessageSid").Without("SmsSid");
        Assert.False(SmsInbound.ParseStatus(form).IsValid);
    }

    [Fact]
    public void ReportsANonNumericErrorCodeAsMalformed()
    {
        var result = SmsInbound.ParseStatus(SmsForm.Fixture("status-undelivered-21610.form").With("ErrorCode", "oops"));
        Assert.False(result.IsValid);
        Assert.Contains("ErrorCode", result.Error, StringComparison.Ordinal);
    }
}
