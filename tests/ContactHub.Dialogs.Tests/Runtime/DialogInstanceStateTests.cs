using System.Text.Json;
using ContactHub.Dialogs.Runtime;

namespace ContactHub.Dialogs.Tests.Runtime;

/// <summary>State written during a turn stays a live object and is serialized once, with the conversation (issue 8).</summary>
public sealed class DialogInstanceStateTests
{
    [Fact]
    public void ReadsBackTheObjectWrittenThisTurnAndShowsItAsJson()
    {
        var instance = new DialogInstance { Id = "Echo", State = DialogInstanceState.EmptyObject };
        var values = new EchoValues { Prefix = "you said", Heard = ["你好"] };

        instance.WriteState(values, TestJsonContext.Default.EchoValues);

        Assert.Same(values, instance.ReadState(TestJsonContext.Default.EchoValues));
        Assert.Equal("you said", instance.State.GetProperty("Prefix").GetString());
    }

    [Fact]
    public void ALoadedStateIsReadAsACopySoAnUnwrittenChangeIsNotKept()
    {
        var instance = new DialogInstance { Id = "Echo", State = JsonElement.Parse("""{"Prefix":"p","Heard":["a"]}""") };

        instance.ReadState(TestJsonContext.Default.EchoValues)!.Heard.Add("b");

        Assert.Equal(["a"], instance.ReadState(TestJsonContext.Default.EchoValues)!.Heard, StringComparer.Ordinal);
    }

    [Fact]
    public void SavingTheStackWritesWhatWasWrittenThisTurnAndKeepsWhatWasLoaded()
    {
        var state = new DialogState
        {
            Stack =
            [
                new DialogInstance { Id = "Loaded", State = JsonElement.Parse("""{"step":2,"values":{"a":"甲"}}""") },
                new DialogInstance { Id = "Written", State = DialogInstanceState.EmptyObject },
            ],
        };
        var values = new EchoValues { Prefix = "早" };
        state.Stack[1].WriteState(values, TestJsonContext.Default.EchoValues);
        values.Heard.Add("changed after the write, before the save");

        var json = JsonSerializer.Serialize(state, DialogJsonContext.Default.DialogState);
        var loaded = JsonSerializer.Deserialize(json, DialogJsonContext.Default.DialogState)!;

        Assert.Equal(["Loaded", "Written"], loaded.Stack.Select(i => i.Id), StringComparer.Ordinal);
        Assert.Equal("甲", loaded.Stack[0].State.GetProperty("values").GetProperty("a").GetString());
        var written = loaded.Stack[1].ReadState(TestJsonContext.Default.EchoValues)!;
        Assert.Equal("早", written.Prefix);
        Assert.Equal(["changed after the write, before the save"], written.Heard, StringComparer.Ordinal);
    }

    [Fact]
    public void LoadsAnInstanceWithUnknownPropertiesOrNoStateAndSavesItsStateAsAnEmptyObject()
    {
        var loaded = JsonSerializer.Deserialize(
            """{"stack":[{"extra":{"x":[1,2]},"id":"Old"},{"id":"Next","state":{"n":1},"more":true}]}""", DialogJsonContext.Default.DialogState)!;

        Assert.Equal(["Old", "Next"], loaded.Stack.Select(i => i.Id), StringComparer.Ordinal);
        Assert.Equal(JsonValueKind.Undefined, loaded.Stack[0].State.ValueKind);
        Assert.Equal(
            """{"stack":[{"id":"Old","state":{}},{"id":"Next","state":{"n":1}}]}""",
            JsonSerializer.Serialize(loaded, DialogJsonContext.Default.DialogState));
    }

    [Fact]
    public void RejectsAStackEntryThatIsNotAnObject() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"stack":["MainMenuDialog"]}""", DialogJsonContext.Default.DialogState));
}
