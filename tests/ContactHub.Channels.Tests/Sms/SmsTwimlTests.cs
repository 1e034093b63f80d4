using System.Xml.Linq;
using ContactHub.Channels.Sms;

namespace ContactHub.Channels.Tests.Sms;

public sealed class SmsTwimlTests
{
    [Fact]
    public void WrapsOneQuickReplyInAMessage() =>
        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>已为您预约明天下午3点。</Message></Response>",
            SmsTwiml.Render("已为您预约明天下午3点。"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void AnswersAnEmptyResponseWhenNothingIsSaid(string? message) =>
        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>", SmsTwiml.Render(message));

    [Fact]
    public void EscapesMarkupInTheMessage() =>
        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>A &lt;b&gt; &amp; \"C\" 'D'</Message></Response>",
            SmsTwiml.Render("A <b> & \"C\" 'D'"));

    [Fact]
    public void DropsCharactersXmlCannotCarryAndStaysParseable()
    {
        var twiml = SmsTwiml.Render("Hi\u0001 there 😀 </Message><Redirect>x</Redirect>");

        var message = XDocument.Parse(twiml).Root!.Element("Message")!;
        Assert.Equal("Hi there 😀 </Message><Redirect>x</Redirect>", message.Value);
        Assert.Single(XDocument.Parse(twiml).Root!.Elements());
    }

    [Fact]
    public void ReplacesALoneSurrogateAndKeepsPairsWhenEscaping() =>
        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>A&amp;B \uFFFD 😀 到店</Message></Response>",
            SmsTwiml.Render("A&B \uD83D 😀 到店"));
}
