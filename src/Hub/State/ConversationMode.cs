namespace ContactHub.Hub.State;

/// <summary>Who answers the customer: the bot, nobody yet (waiting for an agent), or an agent.</summary>
public enum ConversationMode
{
    Bot = 0,
    Queued = 1,
    Agent = 2,
}
