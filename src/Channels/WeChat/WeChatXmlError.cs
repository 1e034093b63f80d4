namespace ContactHub.Channels.WeChat;

/// <summary>Why a body is not a WeChat message; every value maps to a 400 at the endpoint (STYLE #4).</summary>
public enum WeChatXmlError
{
    None,

    /// <summary>Larger than <see cref="WeChatXml.MaxDocumentBytes"/>.</summary>
    TooLarge,

    /// <summary>Not well-formed, or carries a DTD (prohibited against XXE, reference §1.3).</summary>
    Malformed,

    /// <summary>Well-formed, but the root element is not <c>&lt;xml&gt;</c>.</summary>
    UnexpectedRoot,
}
