using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;

namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// Asks for a person when the care dialogs offer one. The agent desk may not be registered yet (IHandoff is optional);
/// then the customer is told a colleague will contact them rather than promised a transfer that cannot happen.
/// </summary>
public static class HandoffOrCallback
{
    public static async Task RequestAsync(IHandoff? handoff, ITurnContext turn, string reason, string? summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (handoff is null)
        {
            await turn.SendTextAsync(Strings.CallbackPromised(turn.Locale), cancellationToken);
            return;
        }

        await handoff.RequestAsync(new HandoffRequest(turn.Key.Channel, turn.Key.UserId, reason, summary), cancellationToken);
        await turn.SendTextAsync(Strings.HandoffRequested(turn.Locale), cancellationToken);
    }
}
