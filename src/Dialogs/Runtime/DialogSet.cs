namespace ContactHub.Dialogs.Runtime;

/// <summary>Dialogs by id. Built once (at start-up or in a component's constructor) and only read on the turn path.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet(params IEnumerable<Dialog> dialogs)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        foreach (var dialog in dialogs)
        {
            Add(dialog);
        }
    }

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        }

        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);
}
