using System.Globalization;

namespace ContactHub.Channels.WeChat;

/// <summary>
/// The top-level elements of a WeChat XML body by name (case-sensitive, reference §1.3). Nested elements
/// (for example <c>SubscribeMsgPopupEvent/List</c>) are skipped; unknown elements are kept and ignored by callers.
/// </summary>
public sealed class WeChatXmlMessage(IReadOnlyDictionary<string, string> fields)
{
    public IReadOnlyDictionary<string, string> Fields { get; } = fields;

    public string? ToUserName => this["ToUserName"];

    public string? FromUserName => this["FromUserName"];

    public string? MsgType => this["MsgType"];

    public string? Event => this["Event"];

    public string? EventKey => this["EventKey"];

    public string? Encrypt => this["Encrypt"];

    /// <summary>MsgId of a normal message; TEMPLATESENDJOBFINISH spells it <c>MsgID</c> (reference §1.3).</summary>
    public string? MsgId => this["MsgId"] ?? this["MsgID"];

    public long? CreateTime =>
        long.TryParse(this["CreateTime"], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : null;

    public bool IsEvent => string.Equals(MsgType, "event", StringComparison.Ordinal);

    public string? this[string name] => Fields.TryGetValue(name, out var value) ? value : null;
}
