using ContactHub.Dialogs.Recognition;

namespace ContactHub.Dialogs.Tests.Recognition;

public sealed class GreetingTests
{
    [Theory]
    [InlineData("你好")]
    [InlineData("您好！")]
    [InlineData("在吗？")]
    [InlineData("hi")]
    [InlineData("Hello!")]
    [InlineData("Good morning")]
    public void RecognizesGreetings(string text) => Assert.True(Greeting.IsGreeting(text));

    [Theory]
    [InlineData("")]
    [InlineData("你好，我想预约保养")]
    [InlineData("history")]
    [InlineData("1")]
    public void DoesNotTreatRequestsAsGreetings(string text) => Assert.False(Greeting.IsGreeting(text));
}
