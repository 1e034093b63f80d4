using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ContactHub.Hub.Tests.Api;
using ContactHub.Hub.Tests.Infrastructure;

namespace ContactHub.Hub.Tests.Campaigns;

public sealed class CampaignsApiTests : IClassFixture<ApiHubFixture>
{
    private const string DevKey = "dev-contacthub-api-key";
    private readonly HubFactory _hub;

    public CampaignsApiTests(ApiHubFixture fixture) => _hub = fixture.Hub;

    [Theory]
    [InlineData("""{"name":"x","kind":"birthday"}""", "kind")]
    [InlineData("""{"name":"  ","kind":"periodic-maintenance"}""", "name")]
    [InlineData("""{"kind":"periodic-maintenance"}""", "name")]
    [InlineData("""{"name":"x","kind":"periodic-maintenance","leadDays":-1}""", "leadDays")]
    [InlineData("""{"name":"x","kind":"visit-survey","delayDays":-3}""", "delayDays")]
    [InlineData("""{"name":"x","kind":"event-invitation","message":{"zh-CN":"来店活动"}}""", "segment")]
    [InlineData("""{"name":"x","kind":"event-invitation","segment":{}}""", "message")]
    [InlineData("""{"name":"x","kind":"event-invitation","segment":{},"message":{"fr":"x"}}""", "message")]
    [InlineData("""{"name":"x","kind":"event-invitation","segment":{},"message":{"zh-CN":"x"},"eventDate":"2020-01-01"}""", "eventDate")]
    [InlineData("""{"name":"x","kind":"first-maintenance","segment":{}}""", "segment")]
    public async Task RefusesABadDefinitionWith400NamingTheField(string body, string field)
    {
        using var client = Client();

        var response = await client.PostAsync(new Uri("/api/campaigns", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var reasons), problem.ToString());
        Assert.False(string.IsNullOrWhiteSpace(reasons[0].GetString()));
    }

    [Fact]
    public async Task CreatesPreviewsStartsAndPausesACampaign()
    {
        using var client = Client();

        var created = await client.PostAsJsonAsync(new Uri("/api/campaigns", UriKind.Relative), new { name = "日常保养提醒", kind = "periodic-maintenance", leadDays = 30 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var campaign = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = campaign.GetProperty("id").GetInt64();
        Assert.Equal(("draft", "periodic-maintenance"), (campaign.GetProperty("status").GetString(), campaign.GetProperty("kind").GetString()));

        var preview = await Post<JsonElement>(client, $"/api/campaigns/{id}/preview?limit=5");
        Assert.True(preview.GetProperty("targeted").GetInt32() > 0);
        Assert.InRange(preview.GetProperty("sends").GetArrayLength(), 1, 5);
        Assert.Equal(0, preview.GetProperty("enqueued").GetInt32());

        Assert.Equal("running", (await Post<JsonElement>(client, $"/api/campaigns/{id}/start")).GetProperty("status").GetString());
        Assert.Equal("paused", (await Post<JsonElement>(client, $"/api/campaigns/{id}/pause")).GetProperty("status").GetString());
        var run = await client.PostAsync(new Uri($"/api/campaigns/{id}/run", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, run.StatusCode);

        var listed = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/campaigns", UriKind.Relative));
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetInt64() == id);
        Assert.Equal("paused", (await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/campaigns/{id}", UriKind.Relative))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task RunsACampaignNowAndAgainWithoutSendingTwice()
    {
        using var client = Client();
        var created = await client.PostAsJsonAsync(new Uri("/api/campaigns", UriKind.Relative), new { name = "首保提醒", kind = "first-maintenance", leadDays = 60 });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        var first = await Post<JsonElement>(client, $"/api/campaigns/{id}/run");
        var second = await Post<JsonElement>(client, $"/api/campaigns/{id}/run");

        Assert.Equal(0, second.GetProperty("enqueued").GetInt32());
        Assert.Equal(first.GetProperty("targeted").GetInt32(), second.GetProperty("alreadyKnown").GetInt32());
    }

    [Theory]
    [InlineData("/api/campaigns/999999/preview")]
    [InlineData("/api/campaigns/999999/start")]
    [InlineData("/api/campaigns/999999/run")]
    public async Task AnUnknownCampaignIs404(string url)
    {
        using var client = Client();

        var response = await client.PostAsync(new Uri(url, UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RefusesWithoutAnApiKey()
    {
        using var client = _hub.CreateClient();

        var response = await client.GetAsync(new Uri("/api/campaigns", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<T> Post<T>(HttpClient client, string url)
    {
        var response = await client.PostAsync(new Uri(url, UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    private HttpClient Client()
    {
        var client = _hub.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DevKey);
        return client;
    }
}
