using ContactHub.Dialogs.Runtime;

namespace ContactHub.Hub.Bot;

/// <summary>The dialogs a stored stack may start from, built once at start-up, and the one a new conversation begins with.</summary>
public sealed record BotDialogs(DialogSet Set, string RootId);
