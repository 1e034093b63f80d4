namespace ContactHub.Hub.WeChat;

/// <summary>
/// The delivery status of each template message by WeChat's msgid: "sent" when the API accepted it, then what
/// TEMPLATESENDJOBFINISH reports (reference §1.3). The campaigns issue replaces this with outbox delivery records.
/// </summary>
public interface IWeChatTemplateDeliveryStore
{
    Task RecordSentAsync(string msgId, string openId, string template, DateTimeOffset at, CancellationToken cancellationToken);

    Task RecordStatusAsync(string msgId, string status, DateTimeOffset at, CancellationToken cancellationToken);

    Task<string?> GetStatusAsync(string msgId, CancellationToken cancellationToken);
}
