using System.Globalization;

namespace ContactHub.Channels.WebChat;

/// <summary>
/// A position in one conversation's activity log: the sequence number of the last activity a client has seen.
/// The wire form is opaque to clients (§3.6 item 3); ours is the decimal sequence, so "GET strictly newer" is
/// a numeric comparison and a Redis stream entry id can be the watermark itself.
/// </summary>
public readonly record struct DirectLineWatermark(long Sequence)
{
    /// <summary>Before the first activity: a client without a watermark sees the whole log.</summary>
    public static readonly DirectLineWatermark Start = new(0);

    /// <summary>Null or empty means <see cref="Start"/>; anything else must be a non-negative integer.</summary>
    public static bool TryParse(string? text, out DirectLineWatermark watermark)
    {
        if (string.IsNullOrEmpty(text))
        {
            watermark = Start;
            return true;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            watermark = new DirectLineWatermark(sequence);
            return true;
        }

        watermark = Start;
        return false;
    }

    public DirectLineWatermark Next() => new(Sequence + 1);

    /// <summary>The server-assigned activity id, "{conversationId}|{seq:D7}" as the official service shapes it (§3.6 item 4).</summary>
    public string ActivityId(string conversationId) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{Sequence:D7}");

    public override string ToString() => Sequence.ToString(CultureInfo.InvariantCulture);
}
