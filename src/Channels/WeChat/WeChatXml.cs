using System.Xml;

namespace ContactHub.Channels.WeChat;

/// <summary>
/// Parses WeChat XML bodies (the safe-mode envelope and the messages inside it) without trusting them:
/// no DTD, no resolver, a size cap. Bad input becomes a <see cref="WeChatXmlResult"/> failure, never an exception.
/// </summary>
public static class WeChatXml
{
    /// <summary>Real pushes are well under 2 KiB (reference §1.2–1.3); 64 KiB leaves room and bounds the work.</summary>
    public const int MaxDocumentBytes = 64 * 1024;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxDocumentBytes,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    /// <summary>Reads at most <see cref="MaxDocumentBytes"/> from a request body, then parses it.</summary>
    public static async Task<WeChatXmlResult> ParseAsync(Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var buffer = new byte[MaxDocumentBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        if (length > MaxDocumentBytes)
        {
            return WeChatXmlResult.Failure(WeChatXmlError.TooLarge, $"Body exceeds {MaxDocumentBytes} bytes.");
        }

        using var stream = new MemoryStream(buffer, 0, length, writable: false);
        using var reader = XmlReader.Create(stream, Settings);
        return Parse(reader);
    }

    /// <summary>Parses XML already in memory, such as the plaintext a safe-mode <c>Encrypt</c> decrypts to.</summary>
    public static WeChatXmlResult Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (xml.Length > MaxDocumentBytes)
        {
            return WeChatXmlResult.Failure(WeChatXmlError.TooLarge, $"Document exceeds {MaxDocumentBytes} characters.");
        }

        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, Settings);
        return Parse(reader);
    }

    private static WeChatXmlResult Parse(XmlReader reader)
    {
        try
        {
            if (reader.MoveToContent() != XmlNodeType.Element || !string.Equals(reader.LocalName, "xml", StringComparison.Ordinal))
            {
                return WeChatXmlResult.Failure(WeChatXmlError.UnexpectedRoot, "Root element must be <xml>.");
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            if (reader.IsEmptyElement)
            {
                return WeChatXmlResult.Success(new WeChatXmlMessage(fields));
            }

            reader.Read();
            while (reader.NodeType != XmlNodeType.EndElement && !reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Skip();
                    continue;
                }

                ReadField(reader, fields);
            }

            while (reader.Read())
            {
                // Drain to the end so trailing garbage after </xml> is reported as malformed, not ignored.
            }

            return WeChatXmlResult.Success(new WeChatXmlMessage(fields));
        }
        catch (XmlException ex)
        {
            return WeChatXmlResult.Failure(WeChatXmlError.Malformed, ex.Message);
        }
    }

    private static void ReadField(XmlReader reader, Dictionary<string, string> fields)
    {
        var name = reader.LocalName;
        if (reader.IsEmptyElement)
        {
            fields.TryAdd(name, "");
            reader.Read();
            return;
        }

        reader.Read();
        var text = "";
        var nested = false;
        while (reader.NodeType != XmlNodeType.EndElement && !reader.EOF)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
            {
                text = string.Concat(text, reader.Value);
                reader.Read();
            }
            else
            {
                nested = true;
                reader.Skip();
            }
        }

        reader.Read();

        // Nested structures (SubscribeMsgPopupEvent) are not flattened; the first occurrence of a name wins.
        if (!nested)
        {
            fields.TryAdd(name, text);
        }
    }
}
