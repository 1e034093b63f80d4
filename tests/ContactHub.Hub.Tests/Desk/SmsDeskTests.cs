using System.Net;
using ContactHub.Channels;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Resources;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Hub.Tests.Sms;
using ContactHub.Tests.Twilio;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Tests.Desk;

/// <summary>The handoff over SMS (issue 6): the fake Twilio server receives the agent's reply.</summary>
[Collection(RedisCollection.Name)]
public sealed class SmsDeskTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly FakeTwilioServer _api = FakeTwilioServer.Start();
    private SmsHubHost _hub = null!;

    public Task InitializeAsync()
    {
        _hub = new SmsHubHost(_api, redis.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task AgentReplyToAnSmsCustomerReachesTwilio()
    {
        var number = SmsHubHost.NewNumber();
        var key = new ConversationKey(ChannelIds.Sms, number);
        using var asked = await _hub.SendTextAsync(number, "人工");
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        using var agent = await SignInAsync("agent1");
        Assert.Equal(HttpStatusCode.NoContent, (await agent.ClaimAsync(key)).StatusCode);
        var before = _api.Messages.Count;

        using var reply = await agent.ReplyAsync(key, "您好，这里是星河汽车客服，请问有什么可以帮您？");

        Assert.Equal(HttpStatusCode.NoContent, reply.StatusCode);
        var sent = (await _api.WaitForMessagesAsync(before + 1, TimeSpan.FromSeconds(10)))[^1];
        Assert.Equal(number, sent.To);
        Assert.Equal("您好，这里是星河汽车客服，请问有什么可以帮您？", sent.Body);
    }

    [Fact]
    public async Task ClosingAnSmsConversationSendsTheSurveyQuestionToTwilioAndTheReplyIsStored()
    {
        var number = SmsHubHost.NewNumber();
        var key = new ConversationKey(ChannelIds.Sms, number);
        var customerId = await AddLinkedCustomerAsync(key);
        using (await _hub.SendTextAsync(number, "人工"))
        {
        }

        using var agent = await SignInAsync("agent1");
        Assert.Equal(HttpStatusCode.NoContent, (await agent.ClaimAsync(key)).StatusCode);
        var before = _api.Messages.Count;

        Assert.Equal(HttpStatusCode.NoContent, (await agent.CloseAsync(key, "resolved")).StatusCode);

        var sent = (await _api.WaitForMessagesAsync(before + 3, TimeSpan.FromSeconds(10))).Skip(before).ToList();
        Assert.All(sent, m => Assert.Equal(number, m.To));
        Assert.Equal([Strings.DeskClosed("zh-CN"), Strings.SurveyIntroService("zh-CN"), Strings.SurveyAskServiceOverall("zh-CN")], sent.Select(m => m.Body), StringComparer.Ordinal);

        using var answered = await _hub.SendTextAsync(number, "4");

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        await using var db = await _hub.Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();
        var survey = await db.Surveys.Include(s => s.Answers).SingleAsync(s => s.CustomerId == customerId);
        Assert.Equal(("overall", 4), (survey.Answers.Single().QuestionId, survey.Answers.Single().Score));
        Assert.Equal(ChannelIds.Sms, survey.Channel);
    }

    private async Task<long> AddLinkedCustomerAsync(ConversationKey key)
    {
        await using var db = await _hub.Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>().CreateDbContextAsync();
        var customer = new Customer { Name = "赵磊", CreatedAt = DateTimeOffset.UtcNow };
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        Assert.True(await _hub.Services.GetRequiredService<ICustomerDirectory>().LinkChannelIdentityAsync(customer.Id, key.Channel, key.UserId, CancellationToken.None));
        return customer.Id;
    }

    /// <summary>SmsHubHost does not set Desk:DemoPassword, so give the demo agent a known one in the records.</summary>
    private async Task<DeskClient> SignInAsync(string userName)
    {
        var records = _hub.Services.GetRequiredService<IDbContextFactory<RecordsDbContext>>();
        var hasher = _hub.Services.GetRequiredService<IPasswordHasher<Agent>>();
        await using (var db = await records.CreateDbContextAsync())
        {
            var agent = await db.Agents.SingleAsync(a => a.UserName == userName);
            agent.PasswordHash = hasher.HashPassword(agent, DeskHost.Password);
            await db.SaveChangesAsync();
        }

        var desk = new DeskClient(((TestServer)_hub.Services.GetRequiredService<IServer>()).CreateClient());
        await desk.SignInAsync(userName, DeskHost.Password);
        return desk;
    }
}
