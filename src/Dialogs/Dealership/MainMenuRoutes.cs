using ContactHub.Dialogs.Runtime;

namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// The dialogs the main menu starts besides its own (booking, FAQ), by the intent that starts them (one of
/// <see cref="Recognition.Intents"/>). Built by <see cref="DealershipDialogs"/>; an intent with no route gets the
/// honest "coming soon" answer.
/// </summary>
public sealed record MainMenuRoutes(IReadOnlyList<Dialog> Dialogs, IReadOnlyDictionary<string, string> DialogIdByIntent)
{
    public static MainMenuRoutes None { get; } = new([], new Dictionary<string, string>(StringComparer.Ordinal));
}
