using System.Text;

namespace ContactHub.Channels.Sms;

/// <summary>
/// Activity → the SMS bodies to send, in order. Suggested actions become a numbered line ("回复 1 预约 / 2 稍后提醒",
/// DESIGN.md "Each channel renders what it cannot show natively"); text longer than <c>maxSegments</c> segments (§2.6)
/// is split at sentence ends, or, when a link to the full text is given, shortened to one message ending in that link.
/// </summary>
public sealed class SmsOutbound(int maxSegments = 4)
{
    private const string Ellipsis = "…";
    private const string AsciiEllipsis = "...";

    public int MaxSegments { get; } = maxSegments > 0 ? maxSegments : throw new ArgumentOutOfRangeException(nameof(maxSegments));

    public IReadOnlyList<string> Render(Activity activity, Uri? readMoreLink = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = (activity.Text ?? "").Trim();
        var menu = SmsNumberedReply.Menu(activity.SuggestedActions, activity.Locale);
        var whole = Join(text, menu);
        if (whole.Length == 0)
        {
            return [];
        }

        if (SmsSegments.Fits(whole, MaxSegments))
        {
            return [whole];
        }

        return readMoreLink is null
            ? Split(menu is null ? SmsSentences.Of(text) : [.. SmsSentences.Of(text), "\n" + menu])
            : [Shorten(text, menu, readMoreLink.ToString())];
    }

    private List<string> Split(IReadOnlyList<string> sentences)
    {
        var messages = new List<string>();
        var current = new StringBuilder();
        foreach (var sentence in sentences)
        {
            var candidate = current.Length == 0 ? sentence.TrimStart() : current.ToString() + sentence;
            if (SmsSegments.Fits(candidate.TrimEnd(), MaxSegments))
            {
                current.Clear().Append(candidate);
                continue;
            }

            Flush(messages, current);
            foreach (var piece in HardCut(sentence.Trim()))
            {
                Flush(messages, current);
                current.Append(piece);
            }
        }

        Flush(messages, current);
        return messages;
    }

    // Keeps whole sentences while "<kept><ellipsis> <link>" plus the menu still fits in one message.
    private string Shorten(string text, string? menu, string link)
    {
        var ellipsis = SmsSegments.IsGsm7(text) ? AsciiEllipsis : Ellipsis;
        string Compose(string kept) => Join($"{kept.TrimEnd()}{ellipsis} {link}", menu);

        var kept = "";
        foreach (var sentence in SmsSentences.Of(text))
        {
            if (!SmsSegments.Fits(Compose(kept + sentence), MaxSegments))
            {
                break;
            }

            kept += sentence;
        }

        if (kept.Length == 0)
        {
            var cut = new StringBuilder();
            foreach (var rune in text.EnumerateRunes())
            {
                if (!SmsSegments.Fits(Compose(cut.ToString() + rune), MaxSegments))
                {
                    break;
                }

                cut.Append(rune.ToString());
            }

            kept = cut.ToString();
        }

        return Compose(kept);
    }

    // A single sentence longer than the limit: cut between characters, never inside a surrogate pair.
    private IEnumerable<string> HardCut(string sentence)
    {
        var piece = new StringBuilder();
        foreach (var rune in sentence.EnumerateRunes())
        {
            var next = piece.ToString() + rune;
            if (piece.Length > 0 && !SmsSegments.Fits(next, MaxSegments))
            {
                yield return piece.ToString();
                piece.Clear();
            }

            piece.Append(rune.ToString());
        }

        if (piece.Length > 0)
        {
            yield return piece.ToString();
        }
    }

    private static void Flush(List<string> messages, StringBuilder current)
    {
        var message = current.ToString().Trim();
        if (message.Length > 0)
        {
            messages.Add(message);
        }

        current.Clear();
    }

    private static string Join(string text, string? menu) =>
        menu is null ? text : text.Length == 0 ? menu : $"{text}\n{menu}";
}
