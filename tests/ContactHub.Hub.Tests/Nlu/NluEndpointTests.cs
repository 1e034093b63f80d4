using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ContactHub.Hub.Tests.Nlu;

public sealed class NluEndpointTests(NluHub hub) : IClassFixture<NluHub>
{
    [Fact]
    public async Task ParsesAChineseMessageIntoIntentScoreAndEntities()
    {
        using var json = await ParseOkAsync("""{"text": "帮我约明天下午三点保养，车牌京A12345", "locale": "zh-CN"}""");
        var root = json.RootElement;
        Assert.Equal("book", root.GetProperty("intent").GetString());
        Assert.InRange(root.GetProperty("score").GetDouble(), 0.5, 1.0);
        var entities = root.GetProperty("entities").EnumerateArray().ToList();
        Assert.Equal(2, entities.Count);
        Assert.Equal("datetime", entities[0].GetProperty("type").GetString());
        Assert.Equal("明天下午三点", entities[0].GetProperty("text").GetString());
        Assert.Equal("2026-11-28T15:00:00+08:00", entities[0].GetProperty("value").GetString());
        Assert.False(entities[0].TryGetProperty("inferred", out _));
        Assert.Equal("plate", entities[1].GetProperty("type").GetString());
        Assert.Equal("京A12345", entities[1].GetProperty("value").GetString());
        Assert.Equal(14, entities[1].GetProperty("start").GetInt32());
    }

    [Fact]
    public async Task ParsesEnglishAndFlagsATimeInferredFromAPartOfDay()
    {
        using var json = await ParseOkAsync("""{"text": "can I book next Tuesday morning?", "locale": "en"}""");
        var entity = Assert.Single(json.RootElement.GetProperty("entities").EnumerateArray());
        Assert.Equal("2026-12-01T09:00:00+08:00", entity.GetProperty("value").GetString());
        Assert.True(entity.GetProperty("inferred").GetBoolean());
    }

    [Fact]
    public async Task DefaultsToChineseWhenNoLocaleIsGiven()
    {
        using var json = await ParseOkAsync("""{"text": "TS-20261127-0001 进度"}""");
        Assert.Equal("complaint.status", json.RootElement.GetProperty("intent").GetString());
        Assert.Equal("TS-20261127-0001", json.RootElement.GetProperty("entities")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task AnswersNoneWithScoreZeroForAMessageItCannotRead()
    {
        using var json = await ParseOkAsync("""{"text": "嗯嗯", "locale": "zh-CN"}""");
        Assert.Equal("none", json.RootElement.GetProperty("intent").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("score").GetDouble());
        Assert.Empty(json.RootElement.GetProperty("entities").EnumerateArray());
    }

    [Fact]
    public async Task AcceptsTextOfExactlyTheMaximumLength()
    {
        using var response = await PostAsync(JsonSerializer.Serialize(new { text = new string('好', 1000) }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("not json", "JSON")]
    [InlineData("{\"text\": \"明天", "JSON")]
    [InlineData("{\"text\": 5}", "JSON")]
    [InlineData("null", "\"text\" is required")]
    [InlineData("{}", "\"text\" is required")]
    [InlineData("{\"locale\": \"en\"}", "\"text\" is required")]
    [InlineData("{\"text\": \"   \"}", "blank")]
    [InlineData("{\"text\": \"hi\", \"locale\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}", "locale")]
    public async Task RejectsMalformedRequestsWith400ProblemDetails(string body, string reason)
    {
        using var response = await PostAsync(body);
        await AssertProblemAsync(response, reason);
    }

    [Fact]
    public async Task RejectsTextOverAThousandCharactersWith400()
    {
        using var response = await PostAsync(JsonSerializer.Serialize(new { text = new string('a', 1001) }));
        await AssertProblemAsync(response, "1000 characters");
    }

    [Fact]
    public async Task RejectsAnOversizedBodyWith400()
    {
        using var response = await PostAsync(JsonSerializer.Serialize(new { text = "hi", padding = new string(' ', 9000) }));
        await AssertProblemAsync(response, "bytes");
    }

    private async Task<JsonDocument> ParseOkAsync(string body)
    {
        using var response = await PostAsync(body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> PostAsync(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await hub.Client.PostAsync(new Uri("/api/nlu/parse", UriKind.Relative), content);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(reason, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesARequestWithoutAnApiKey()
    {
        using var client = hub.Factory.CreateClient();
        using var content = new StringContent("""{"text": "你好"}""", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/nlu/parse", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
