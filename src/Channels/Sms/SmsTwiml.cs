using System.Text;
using System.Xml;

namespace ContactHub.Channels.Sms;

/// <summary>
/// The TwiML answer to an inbound webhook (§2.3): one quick reply inside &lt;Message&gt;, or an empty
/// &lt;Response/&gt; when the turn says nothing here (its replies go out through the REST API instead).
/// </summary>
public static class SmsTwiml
{
    public const string ContentType = "text/xml";
    public const string Empty = Declaration + "<Response/>";

    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    private const string MessageStart = Declaration + "<Response><Message>";
    private const string MessageEnd = "</Message></Response>";

    public static string Render(string? message)
    {
        if (string.IsNullOrEmpty(message))
        {
            return Empty;
        }

        return string.Concat(MessageStart, NeedsEscaping(message) ? Escape(message) : message, MessageEnd);
    }

    // Most replies (Chinese text, no markup) need nothing; a surrogate pair takes the slow path and is kept there.
    private static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
        {
            if (c is '&' or '<' or '>' || !XmlConvert.IsXmlChar(c))
            {
                return true;
            }
        }

        return false;
    }

    // Element content: escape markup characters and drop code points XML 1.0 cannot carry at all (e.g. U+0001).
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsBmp && !XmlConvert.IsXmlChar((char)rune.Value))
            {
                continue;
            }

            switch (rune.Value)
            {
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                default:
                    escaped.Append(utf16[..rune.EncodeToUtf16(utf16)]);
                    break;
            }
        }

        return escaped.ToString();
    }
}
