namespace ContactHub.Channels.Sms;

public enum SmsEncoding
{
    /// <summary>GSM 03.38 7-bit default alphabet: 160 septets single, 153 per part (§2.6).</summary>
    Gsm7,

    /// <summary>UTF-16 code units: 70 single, 67 per part; any non-GSM character makes the whole message UCS-2 (§2.6).</summary>
    Ucs2,
}
