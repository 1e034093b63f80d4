namespace ContactHub.LoadTest;

public sealed record StartedConversation(string ConversationId);
