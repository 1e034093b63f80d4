using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Runtime.Prompts;

namespace ContactHub.Dialogs.Tests.Prompts;

/// <summary>
/// A waiting prompt's state is read by hand and its choice list is shared between conversations that stored the same
/// one (issue 8). Every shape a prompt stores reads as the source generator read it and writes back unchanged.
/// </summary>
public sealed class PromptStateJsonTests
{
    private const string SlotPrompt = """
        {"options":{"prompt":"12月3日（周四）还有以下空闲时段，请选择：","retryPrompt":"请回复序号",
          "choices":[{"value":"12月3日（周四）09:00"},{"value":"换个时间","synonyms":["换个时间","换一个","other time"]}],"maxAttempts":2},
         "attempts":1}
        """;

    [Theory]
    [InlineData(SlotPrompt)]
    [InlineData("""{"options":{"prompt":"How many?","maxAttempts":3},"attempts":0}""")]
    [InlineData("""{"options":{"choices":[],"maxAttempts":3},"attempts":0}""")]
    [InlineData("""{"options":{"choices":[{"value":"是","synonyms":[]},{"value":"否"}],"maxAttempts":3},"attempts":2}""")]
    public void EveryStoredShapeWritesBackAsItWasRead(string stored)
    {
        var state = Read(stored);

        var written = JsonSerializer.Serialize(state, DialogJsonContext.Default.PromptState);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(stored), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void ReadsEveryFieldOfAStoredPrompt()
    {
        var state = Read(SlotPrompt);

        Assert.Equal(1, state.Attempts);
        Assert.Equal(("12月3日（周四）还有以下空闲时段，请选择：", "请回复序号", 2), (state.Options.Prompt, state.Options.RetryPrompt, state.Options.MaxAttempts));
        Assert.Equal(["12月3日（周四）09:00", "换个时间"], state.Options.Choices!.Select(c => c.Value), StringComparer.Ordinal);
        Assert.Null(state.Options.Choices![0].Synonyms);
        Assert.Equal(["换个时间", "换一个", "other time"], state.Options.Choices[1].Synonyms!, StringComparer.Ordinal);
    }

    [Fact]
    public void ReadsAttemptsBeforeOptionsAndSkipsUnknownProperties()
    {
        var state = Read("""{"attempts":2,"later":{"x":[1]},"options":{"prompt":"p","extra":[{}],"maxAttempts":4}}""");

        Assert.Equal((2, "p", 4), (state.Attempts, state.Options.Prompt, state.Options.MaxAttempts));
    }

    [Theory]
    [InlineData("""{"attempts":1}""")]
    [InlineData("""{"options":null,"attempts":1}""")]
    public void LeavesOptionsNullWhenNoneWereStoredAsTheGeneratedReaderDid(string stored)
    {
        var state = Read(stored);

        Assert.Null(state.Options);
        Assert.Equal("""{"attempts":1}""", JsonSerializer.Serialize(state, DialogJsonContext.Default.PromptState));
    }

    [Fact]
    public void TwoConversationsThatStoredTheSameChoicesShareOneReadList()
    {
        var first = Read(SlotPrompt);
        var second = Read(SlotPrompt.Replace("\"attempts\":1", "\"attempts\":0", StringComparison.Ordinal));

        Assert.Same(first.Options.Choices, second.Options.Choices);
    }

    [Fact]
    public void ChoicesThatDifferInOneCharacterAreReadEachAsStored()
    {
        var nine = Read(SlotPrompt);
        var ten = Read(SlotPrompt.Replace("09:00", "10:00", StringComparison.Ordinal));
        var nineAgain = Read(SlotPrompt);

        Assert.Equal("12月3日（周四）09:00", nine.Options.Choices![0].Value);
        Assert.Equal("12月3日（周四）10:00", ten.Options.Choices![0].Value);
        Assert.Equal("12月3日（周四）09:00", nineAgain.Options.Choices![0].Value);
    }

    [Fact]
    public void ManyDifferentChoiceListsAreEachReadAsStored()
    {
        for (var i = 0; i < 1000; i++)
        {
            var state = Read($$"""{"options":{"choices":[{"value":"slot {{i}}"},{"value":"more","synonyms":["{{i}}"]}]},"attempts":0}""");

            Assert.Equal($"slot {i}", state.Options.Choices![0].Value);
            Assert.Equal([$"{i}"], state.Options.Choices[1].Synonyms!, StringComparer.Ordinal);
        }
    }

    [Fact]
    public void ReadsTheSameWithoutTheStoredBytesAtHand()
    {
        var state = JsonSerializer.Deserialize(SlotPrompt, DialogJsonContext.Default.PromptState)!;

        Assert.Equal(["12月3日（周四）09:00", "换个时间"], state.Options.Choices!.Select(c => c.Value), StringComparer.Ordinal);
        Assert.Equal(1, state.Attempts);
    }

    // As a prompt reads it: from a loaded instance's stored bytes.
    private static PromptState Read(string stored)
    {
        var instance = new DialogInstance { Id = "Prompt", State = JsonElement.Parse(Encoding.UTF8.GetBytes(stored)) };
        return instance.ReadState(DialogJsonContext.Default.PromptState)!;
    }
}
