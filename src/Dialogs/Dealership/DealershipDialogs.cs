using ContactHub.Dialogs.Runtime;

namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// Builds the dealership's dialogs once, at start-up. Dialogs built elsewhere (the survey, complaint and identity
/// dialogs, which need ports of their own) join with one <see cref="Add"/> line each, naming the intents the main menu
/// starts them for; an intent nobody has added still gets the menu's "coming soon" answer.
/// <code>
/// var dialogs = new DealershipDialogs(services)
///     .Add(new ComplaintDialog(…), Intents.Complaint, Intents.ComplaintStatus)
///     .Build();
/// </code>
/// </summary>
public sealed class DealershipDialogs(DealershipServices services)
{
    private readonly List<Dialog> _added = [];
    private readonly Dictionary<string, string> _dialogIdByIntent = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds a dialog: the main menu begins it (options null, in the turn of the customer's message, so it can read
    /// <c>step.Turn.Activity.Text</c>) for each of <paramref name="intents"/>, and it is a top-level dialog a campaign can
    /// begin with <see cref="DialogRunner.BeginAsync"/>. No intents: top-level only (and reachable from any dialog by id).
    /// </summary>
    public DealershipDialogs Add(Dialog dialog, params string[] intents)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(intents);
        _added.Add(dialog);
        foreach (var intent in intents)
        {
            if (!_dialogIdByIntent.TryAdd(intent, dialog.Id))
            {
                throw new ArgumentException($"Intent '{intent}' already goes to '{_dialogIdByIntent[intent]}'.", nameof(intents));
            }
        }

        return this;
    }

    /// <summary>
    /// The top-level dialogs: <see cref="MainMenuDialog"/> (the root), <see cref="MaintenanceReminderDialog"/> and
    /// <see cref="BookAppointmentDialog"/> (begun by campaigns), and every added dialog.
    /// </summary>
    public DialogSet Build()
    {
        var booking = new BookAppointmentDialog(services);
        var menu = new MainMenuDialog(services, booking, new FaqDialog(services.Dealer), new MainMenuRoutes([.. _added], new Dictionary<string, string>(_dialogIdByIntent, StringComparer.Ordinal)));
        var set = new DialogSet(menu, new MaintenanceReminderDialog(services, booking), booking);
        foreach (var dialog in _added)
        {
            set.Add(dialog);
        }

        return set;
    }

    public static string RootId => nameof(MainMenuDialog);
}
