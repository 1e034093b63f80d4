using ContactHub.Hub.Records;
using ContactHub.Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Tests.Dialogs;

/// <summary>The complaint dialog plugged into the menu of the real hub: a ticket is opened in the records database.</summary>
public sealed class ComplaintThroughThePipelineTests : IAsyncLifetime
{
    private readonly PipelineHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AComplaintTypedAtTheMenuOpensATicketAndTellsItsNumber()
    {
        var key = TestActivities.NewKey();
        await _host.SendAsync(key, "你好");

        var asked = await Texts(_host.SendAsync(key, "我要投诉"));
        var classified = await Texts(_host.SendAsync(key, "接待的顾问态度很差，还骂人"));
        var opened = await Texts(_host.SendAsync(key, "是"));

        Assert.NotEmpty(asked);
        Assert.Contains("态度", classified, StringComparison.Ordinal);
        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();
        var ticket = Assert.Single(await db.Complaints.ToListAsync());
        Assert.Contains(ticket.TicketNumber, opened, StringComparison.Ordinal);
    }

    private static async Task<string> Texts(Task<ContactHub.Hub.Turns.TurnOutcome> outcome) =>
        string.Join("\n", (await outcome).Replies.Select(r => r.Text));
}
