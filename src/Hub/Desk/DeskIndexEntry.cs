using ContactHub.Channels;

namespace ContactHub.Hub.Desk;

/// <summary>A conversation in the desk's index and since when it has been there.</summary>
public readonly record struct DeskIndexEntry(ConversationKey Key, DateTimeOffset Since);
