namespace ContactHub.Dialogs.Runtime.Prompts;

/// <summary>The choice a user picked: its title and its zero-based position in the offered list.</summary>
public sealed record FoundChoice(string Value, int Index);
