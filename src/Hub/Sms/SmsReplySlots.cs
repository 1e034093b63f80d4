using System.Collections.Concurrent;

namespace ContactHub.Hub.Sms;

/// <summary>
/// The inbound webhooks this instance is still answering, by MessageSid (the inbound activity id every reply carries
/// as its ReplyToId). In process on purpose: only the instance holding the HTTP request can answer in TwiML.
/// </summary>
public sealed class SmsReplySlots
{
    private readonly ConcurrentDictionary<string, SmsReplySlot> _slots = new(StringComparer.Ordinal);

    /// <returns>The new slot, or the existing one with <c>Joined</c> true when Twilio retried a message still being answered.</returns>
    public (SmsReplySlot Slot, bool Joined) Open(string messageSid)
    {
        var created = new SmsReplySlot();
        var slot = _slots.GetOrAdd(messageSid, created);
        return (slot, !ReferenceEquals(slot, created));
    }

    public SmsReplySlot? Find(string? messageSid) =>
        messageSid is not null && _slots.TryGetValue(messageSid, out var slot) ? slot : null;

    public void Remove(string messageSid, SmsReplySlot slot) => _slots.TryRemove(new KeyValuePair<string, SmsReplySlot>(messageSid, slot));
}
