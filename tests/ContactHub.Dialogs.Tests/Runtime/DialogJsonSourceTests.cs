using System.Text;
using System.Text.Json.Nodes;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Runtime.Prompts;

namespace ContactHub.Dialogs.Tests.Runtime;

public sealed class DialogJsonSourceTests
{
    private const string Stored = """
        {"stack":[{"id":"MainMenuDialog","state":{"stack":[{"id":"MainMenuDialog.WaterfallDialog","state":{"step":1,"values":{"returning":false}}}]}},{"id":"Other","state":null}]}
        """;

    [Fact]
    public void ReadsAStateThatWritesBackAsItWasStored()
    {
        var state = DialogJsonSource.Deserialize(Encoding.UTF8.GetBytes(Stored), DialogJsonContext.Default.DialogState)!;

        Assert.Equal(["MainMenuDialog", "Other"], state.Stack.Select(i => i.Id), StringComparer.Ordinal);
        var written = System.Text.Json.JsonSerializer.Serialize(state, DialogJsonContext.Default.DialogState);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Stored), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void AnInstanceOfAKnownDialogIsNamedWithTheDialogsOwnId()
    {
        var dialog = new TextPrompt(nameof(DialogJsonSourceTests) + ".Prompt");
        var json = $$$"""{"stack":[{"id":"{{{dialog.Id}}}","state":{}},{"id":"NotADialog","state":{}}]}""";

        var state = DialogJsonSource.Deserialize(Encoding.UTF8.GetBytes(json), DialogJsonContext.Default.DialogState)!;

        Assert.Same(dialog.Id, state.Stack[0].Id);
        Assert.Equal("NotADialog", state.Stack[1].Id);
    }

    [Fact]
    public void InstancesKeepTheirStateInTheStoredBytesRatherThanInACopy()
    {
        var bytes = Encoding.UTF8.GetBytes(Stored);
        var state = DialogJsonSource.Deserialize(bytes, DialogJsonContext.Default.DialogState)!;

        var step = Stored.IndexOf("\"step\":1", StringComparison.Ordinal) + "\"step\":".Length;
        bytes[step] = (byte)'7';

        Assert.Contains("\"step\":7", state.Stack[0].State.GetRawText(), StringComparison.Ordinal);
    }
}
