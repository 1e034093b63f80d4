namespace ContactHub.LoadTest;

/// <summary>The Direct Line activity a web chat client posts (only the fields the hub needs).</summary>
public sealed record UserMessage(string Type, UserAccount From, string Text, string Locale);
