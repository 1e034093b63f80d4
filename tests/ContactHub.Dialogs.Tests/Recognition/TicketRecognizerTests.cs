using ContactHub.Dialogs.Recognition;

namespace ContactHub.Dialogs.Tests.Recognition;

public sealed class TicketRecognizerTests
{
    [Theory]
    [InlineData("TS-20261127-0001", "TS-20261127-0001")]
    [InlineData("ts-20261127-0001 进度", "TS-20261127-0001")]
    [InlineData("工单ts202611270001", "TS-20261127-0001")]
    [InlineData("TS 20261127 0042", "TS-20261127-0042")]
    public void ReadsTicketNumbersInAnyCaseWithOrWithoutDashes(string text, string ticket) =>
        Assert.Equal(ticket, EntityFinder.Single(new TicketRecognizer(), text));

    [Theory]
    [InlineData("TS-20261340-0001")]
    [InlineData("TS-2026112-0001")]
    [InlineData("TS-20261127-00012")]
    [InlineData("XTS-20261127-0001")]
    public void RejectsImpossibleDatesAndWrongLengths(string text) => Assert.Empty(EntityFinder.Find(new TicketRecognizer(), text));
}
