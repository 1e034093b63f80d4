using System.Collections.Concurrent;
using ContactHub.Channels;

namespace ContactHub.Hub.WeChat;

/// <summary>
/// The pushes this instance is still answering, by delivery id (the inbound activity id, which every reply carries as
/// its ReplyToId). In process on purpose: the HTTP request that can carry a passive reply is held by this instance.
/// </summary>
public sealed class WeChatReplySlots
{
    private readonly ConcurrentDictionary<string, WeChatReplySlot> _slots = new(StringComparer.Ordinal);

    /// <returns>The new slot, or the existing one with <c>Joined</c> true when WeChat retried a push still being answered.</returns>
    public (WeChatReplySlot Slot, bool Joined) Open(string deliveryId, IReadOnlyList<Activity> extraReplies)
    {
        var created = new WeChatReplySlot(extraReplies);
        var slot = _slots.GetOrAdd(deliveryId, created);
        return (slot, !ReferenceEquals(slot, created));
    }

    public WeChatReplySlot? Find(string? deliveryId) =>
        deliveryId is not null && _slots.TryGetValue(deliveryId, out var slot) ? slot : null;

    public void Remove(string deliveryId, WeChatReplySlot slot) => _slots.TryRemove(new KeyValuePair<string, WeChatReplySlot>(deliveryId, slot));
}
