using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Tests.Fakes;
using ContactHub.Dialogs.Tests.Flow;

namespace ContactHub.Dialogs.Tests.Dealership;

/// <summary>A complaint at or above the configured severity goes to an agent once its ticket is open (issue 6).</summary>
public sealed class ComplaintHandoffTests
{
    private const string Zh = "zh-CN";
    private static readonly CustomerInfo Customer = new(7, "王先生", "+8613812345678", null, "wechat", Zh);

    private readonly FakeComplaintDesk _desk = new();
    private readonly FakeCareHandoff _handoff = new();
    private readonly FakeCareCustomerDirectory _customers = new FakeCareCustomerDirectory(Customer).WithIdentity("test", "user-1", Customer.Id);

    [Fact]
    public async Task AMajorComplaintIsHandedToAnAgentWithItsTicket()
    {
        await Flow(ComplaintSeverity.Major)
            .Send("投诉").AssertReply(Strings.ComplaintAskDescription(Zh))
            .Send("换的配件是假货，再不处理我就投诉到厂家").AssertReplyContains("“配件”")
            .Send("对").AssertReplyContains("24 小时")
            .AssertReply(Strings.ComplaintEscalated(Zh))
            .AssertReply(Strings.HandoffRequested(Zh))
            .RunAsync();

        var request = Assert.Single(_handoff.Requests);
        Assert.Equal(("major-complaint", "test", "user-1"), (request.Reason, request.ChannelId, request.UserId));
        Assert.StartsWith("TS-20261127-0001 (Major): 换的配件是假货", request.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ComplaintSeverity.Critical)]
    [InlineData(null)]
    public async Task AComplaintBelowTheThresholdOrWithNoneConfiguredStaysWithTheBot(ComplaintSeverity? handOffFrom)
    {
        await Flow(handOffFrom)
            .Send("投诉").AssertReply(Strings.ComplaintAskDescription(Zh))
            .Send("换的配件是假货，再不处理我就投诉到厂家").AssertReplyContains("“配件”")
            .Send("对").AssertReplyContains("24 小时")
            .AssertReply(Strings.ComplaintEscalated(Zh))
            .RunAsync();

        Assert.Empty(_handoff.Requests);
    }

    private ConversationFlow Flow(ComplaintSeverity? handOffFrom) =>
        new(() => new ComplaintDialog(_desk, _customers, handoff: _handoff, handOffFrom: handOffFrom), Zh);
}
