using System.Buffers;

namespace ContactHub.Channels.Sms;

/// <summary>
/// How many segments a text costs (§2.6): GSM-7 160 single / 153 concatenated, UCS-2 70 / 67 (the 6-byte UDH eats the
/// difference). A GSM extension character is an escape plus a septet, so it counts 2 and never straddles two parts;
/// a surrogate pair is two UCS-2 units and is never split either.
/// </summary>
public static class SmsSegments
{
    public const int Gsm7Single = 160;
    public const int Gsm7Multi = 153;
    public const int Ucs2Single = 70;
    public const int Ucs2Multi = 67;

    // GSM 03.38 basic character set (the escape 0x1B itself is not text).
    private static readonly SearchValues<char> Basic = SearchValues.Create(
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");

    // GSM 03.38 extension table: escape + char, two septets each (§2.6 lists ^{}\[~]|€; form feed is the ninth).
    private static readonly SearchValues<char> Extension = SearchValues.Create("^{}\\[~]|€\f");

    public static bool IsGsm7(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (!Basic.Contains(c) && !Extension.Contains(c))
            {
                return false;
            }
        }

        return true;
    }

    public static SmsSegmentCount Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsGsm7(text)
            ? Pack(text, SmsEncoding.Gsm7, Gsm7Single, Gsm7Multi)
            : Pack(text, SmsEncoding.Ucs2, Ucs2Single, Ucs2Multi);
    }

    public static bool Fits(string text, int maxSegments) => Count(text).Segments <= maxSegments;

    private static SmsSegmentCount Pack(string text, SmsEncoding encoding, int single, int multi)
    {
        var units = 0;
        for (var i = 0; i < text.Length; i += Step(text, i, encoding))
        {
            units += Width(text, i, encoding);
        }

        if (units == 0)
        {
            return new SmsSegmentCount(encoding, 0, 0);
        }

        if (units <= single)
        {
            return new SmsSegmentCount(encoding, units, 1);
        }

        // Concatenated: fill each part up to the multi-part limit without splitting an indivisible unit.
        var segments = 1;
        var used = 0;
        for (var i = 0; i < text.Length; i += Step(text, i, encoding))
        {
            var width = Width(text, i, encoding);
            if (used + width > multi)
            {
                segments++;
                used = 0;
            }

            used += width;
        }

        return new SmsSegmentCount(encoding, units, segments);
    }

    private static int Step(string text, int i, SmsEncoding encoding) =>
        encoding == SmsEncoding.Ucs2 && char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;

    private static int Width(string text, int i, SmsEncoding encoding) =>
        encoding == SmsEncoding.Gsm7 ? (Extension.Contains(text[i]) ? 2 : 1) : Step(text, i, encoding);
}
