using System.Net;
using ContactHub.Hub.Sms;
using ContactHub.Hub.Tests.Infrastructure;
using ContactHub.Tests.Http;
using ContactHub.Tests.Twilio;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace ContactHub.Hub.Tests.Sms;

public sealed class SmsRegistrationTests
{
    [Fact]
    public async Task TheTwilioHttpClientHandsARedirectBackInsteadOfFollowingIt()
    {
        var requests = 0;
        await using var api = LoopbackHttpServer.Start(context =>
        {
            Interlocked.Increment(ref requests);
            context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            context.Response.Headers.Location = "/2010-04-01/elsewhere.json";
            return Task.CompletedTask;
        });
        await using var factory = new HubFactory();
        await using var hub = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Twilio:AccountSid", FakeTwilioServer.AccountSid);
            b.UseSetting("Twilio:AuthToken", FakeTwilioServer.AuthToken);
            b.UseSetting("Twilio:From", SmsHubHost.HubNumber);
            b.UseSetting("Twilio:ApiBaseUrl", api.BaseUrl.ToString());
        });
        var twilio = hub.Services.GetRequiredService<IHttpClientFactory>().CreateClient(SmsRegistration.HttpClientName);

        using var response = await twilio.PostAsync(
            new Uri($"https://api.twilio.com/2010-04-01/Accounts/{FakeTwilioServer.AccountSid}/Messages.json"),
            new FormUrlEncodedContent([KeyValuePair.Create("To", "+8613812345678")]));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(1, Volatile.Read(ref requests));
    }
}
