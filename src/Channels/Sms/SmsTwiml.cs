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

    public static string Render(string? message)
    {
        if (string.IsNullOrEmpty(message))
        {
            return Empty;
        }

        return $"{Declaration}<Response><Message>{Escape(message)}</Message></Response>";
    }

    // Element content: escape markup characters and drop code points XML 1.0 cannot carry at all (e.g. U+0001).
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var s = rune.ToString();
            if (s.Length == 1 && !XmlConvert.IsXmlChar(s[0]))
            {
                continue;
            }

            escaped.Append(rune.Value switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => s,
            });
        }

        return escaped.ToString();
    }
}
