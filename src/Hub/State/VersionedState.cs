namespace ContactHub.Hub.State;

/// <param name="Version">0 when the conversation is new (nothing stored yet).</param>
public readonly record struct VersionedState(ConversationState State, long Version)
{
    public bool IsNew => Version == 0;
}
