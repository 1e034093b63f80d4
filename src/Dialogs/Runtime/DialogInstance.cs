using System.Text.Json;

namespace ContactHub.Dialogs.Runtime;

/// <summary>
/// One running dialog. <see cref="State"/> holds that dialog's own typed state record as JSON; the dialog
/// reads and writes it through its source-generated JsonTypeInfo, so nothing becomes an untyped JsonElement bag.
/// </summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = "";

    public JsonElement State { get; set; }
}
