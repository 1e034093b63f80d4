using System.Net;
using ContactHub.Hub.Tests.Infrastructure;

namespace ContactHub.Hub.Tests.Desk;

/// <summary>The agent links an anonymous chat to the customer record the customer names by mobile (so a close can survey them).</summary>
public sealed class DeskCustomerLinkTests(InProcessDeskFixture fixture) : IClassFixture<InProcessDeskFixture>
{
    private DeskHost Host => fixture.Host;

    [Fact]
    public async Task OwnerLinksTheConversationToTheDemoCustomerWithThatMobile()
    {
        var key = await ClaimedAsync("agent1");
        using var agent = await Host.SignInAsync("agent1");

        Assert.Equal(HttpStatusCode.NoContent, (await agent.LinkCustomerAsync(key, "139 0000 0001")).StatusCode);

        var customer = await Host.Services.GetRequiredService<ContactHub.Dialogs.Ports.ICustomerDirectory>().FindByChannelIdentityAsync(key.Channel, key.UserId, CancellationToken.None);
        Assert.Equal("+8613900000001", customer?.Mobile);
        Assert.Contains(await Host.AuditAsync(key), a => a.Action == "link-customer" && a.Agent == "agent1");
    }

    [Fact]
    public async Task UnknownMobileGets404AndEmptyMobile400AndNothingIsLinked()
    {
        var key = await ClaimedAsync("agent1");
        using var agent = await Host.SignInAsync("agent1");

        Assert.Equal(HttpStatusCode.NotFound, (await agent.LinkCustomerAsync(key, "+8613999999999")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.LinkCustomerAsync(key, " ")).StatusCode);
        Assert.Null(await Host.Services.GetRequiredService<ContactHub.Dialogs.Ports.ICustomerDirectory>().FindByChannelIdentityAsync(key.Channel, key.UserId, CancellationToken.None));
    }

    [Fact]
    public async Task AnotherAgentCannotLinkAConversationThatIsNotTheirs()
    {
        var key = await ClaimedAsync("agent1");
        using var other = await Host.SignInAsync("agent2");

        Assert.Equal(HttpStatusCode.Forbidden, (await other.LinkCustomerAsync(key, "13900000001")).StatusCode);
    }

    private async Task<ContactHub.Channels.ConversationKey> ClaimedAsync(string agentName)
    {
        var key = TestActivities.NewKey();
        await Host.SendAsync(key, "人工");
        using var agent = await Host.SignInAsync(agentName);
        Assert.Equal(HttpStatusCode.NoContent, (await agent.ClaimAsync(key)).StatusCode);
        return key;
    }
}
