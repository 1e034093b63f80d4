using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ContactHub.Hub.Tests.Infrastructure;

namespace ContactHub.Hub.Tests.Api;

public sealed class RecordsApiTests : IClassFixture<ApiHubFixture>
{
    private const string DevKey = "dev-contacthub-api-key";
    private readonly HubFactory _hub;

    public RecordsApiTests(ApiHubFixture fixture) => _hub = fixture.Hub;

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task RefusesRequestsWithoutAValidKeyWith401ProblemDetails(string? key)
    {
        using var client = Client(key);

        var response = await client.GetAsync(new Uri("/api/customers", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-Api-Key", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListsTheSeededCustomersWithAKey()
    {
        using var client = Client(DevKey);

        var page = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/customers?limit=5", UriKind.Relative));

        Assert.Equal(50, page.GetProperty("total").GetInt32());
        Assert.Equal(5, page.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/complaints?status=bogus", "status")]
    [InlineData("/api/complaints?from=yesterday", "from")]
    [InlineData("/api/customers?limit=100000", "limit")]
    [InlineData("/api/appointments?status=done", "status")]
    public async Task AnswersBadQueryValuesWith400NamingTheParameter(string url, string parameter)
    {
        using var client = Client(DevKey);

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task AnswersMalformedJsonWith400ProblemDetails()
    {
        using var client = Client(DevKey);
        using var body = new StringContent("{not json", Encoding.UTF8, "application/json");

        var response = await client.PostAsync(new Uri("/api/appointments", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("JSON", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersUnknownIdsWith404()
    {
        using var client = Client(DevKey);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/customers/999999", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/complaints/TS-20000101-0001", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ImportsCsvAndReportsBadLines()
    {
        using var client = Client(DevKey);
        using var body = new StringContent("name,mobile\n测试,13900007777\n坏行,12\n", Encoding.UTF8, "text/csv");

        var report = await (await client.PostAsync(new Uri("/api/import/customers", UriKind.Relative), body)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(1, report.GetProperty("imported").GetInt32());
        Assert.Equal(3, report.GetProperty("errors")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task ServesTheOpenApiDocumentListingTheEndpoints()
    {
        using var client = Client(key: null);

        var document = await client.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/customers", "/api/vehicles/{id}", "/api/appointments", "/api/complaints/{ticketNumber}/status", "/api/surveys", "/api/import/{kind}" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }

        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("ApiKey", out _));
    }

    private HttpClient Client(string? key)
    {
        var client = _hub.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }
}
