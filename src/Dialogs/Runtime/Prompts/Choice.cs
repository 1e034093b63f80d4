namespace ContactHub.Dialogs.Runtime.Prompts;

/// <summary>One option of a <see cref="ChoicePrompt"/>: its title (shown as a suggested action) and words that also pick it.</summary>
public sealed record Choice(string Value, IReadOnlyList<string>? Synonyms = null);
