using System.Runtime.InteropServices;

namespace ContactHub.Channels.Sms;

/// <param name="Units">GSM-7 septets (extension characters count 2) or UCS-2 code units (a surrogate pair counts 2).</param>
/// <param name="Segments">How many SMS parts the carrier bills and delivers.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct SmsSegmentCount(SmsEncoding Encoding, int Units, int Segments);
