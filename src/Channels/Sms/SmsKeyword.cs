namespace ContactHub.Channels.Sms;

/// <summary>What a whole inbound SMS means to consent handling (§2.5).</summary>
public enum SmsKeyword
{
    None,
    OptOut,
    OptIn,
    Help,
}
