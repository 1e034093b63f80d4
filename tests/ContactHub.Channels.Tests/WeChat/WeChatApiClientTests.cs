using System.Text.Json;
using ContactHub.Channels.WeChat;

namespace ContactHub.Channels.Tests.WeChat;

public sealed class WeChatApiClientTests : IAsyncLifetime
{
    private readonly WeChatApiFake _fake = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private WeChatApiClient _client = null!;

    public Task InitializeAsync()
    {
        _client = new WeChatApiClient(_http, new WeChatOptions { ApiBaseUrl = _fake.BaseUrl });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task PostsACustomerServiceMessageWithTheTokenInTheQuery()
    {
        var body = Assert.Single(WeChatOutbound.CustomerServiceMessages("OPENID", Activity.CreateMessage("您好"), WeChatSuggestedActionsStyle.MsgMenu));

        var result = await _client.SendCustomMessageAsync("TOKEN+/=", body, CancellationToken.None);

        Assert.True(result.IsOk);
        var request = Assert.Single(_fake.Received);
        Assert.Equal("/cgi-bin/message/custom/send", request.Path);
        Assert.Equal("TOKEN+/=", request.AccessToken);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal(body, request.Body);
    }

    [Theory]
    [InlineData("{\"errcode\":40001,\"errmsg\":\"invalid credential\"}", 40001)]
    [InlineData("{\"errcode\":45015,\"errmsg\":\"response out of time limit or subscription is canceled\"}", 45015)]
    [InlineData("{\"errcode\":45047,\"errmsg\":\"out of response count limit\"}", 45047)]
    [InlineData("{\"errcode\":-1,\"errmsg\":\"system error\"}", -1)]
    public async Task ReturnsTheErrcodeWeChatAnswered(string answer, int code)
    {
        _fake.Answer(answer);

        var result = await _client.SendCustomMessageAsync("TOKEN", "{}", CancellationToken.None);

        Assert.Equal(code, result.ErrCode);
    }

    [Fact]
    public async Task PostsATemplateMessageAndReadsItsMsgId()
    {
        _fake.Answer("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":200228332}");
        var body = WeChatOutbound.TemplateMessage(
            "OPENID", "ngqIpbwh8bUfcSsECmogfXcV14J0tQlEpBO27izEYtY", [new("keyword1", "巧克力"), new("keyword2", "39.8元")], clientMsgId: "MSG_000001");

        var result = await _client.SendTemplateMessageAsync("TOKEN", body, CancellationToken.None);

        Assert.Equal(200228332, result.MsgId);
        var request = Assert.Single(_fake.Received);
        Assert.Equal("/cgi-bin/message/template/send", request.Path);
        using var json = JsonDocument.Parse(request.Body);
        Assert.Equal("39.8元", json.RootElement.GetProperty("data").GetProperty("keyword2").GetProperty("value").GetString());
        Assert.Equal("MSG_000001", json.RootElement.GetProperty("client_msg_id").GetString());
    }

    [Fact]
    public async Task ThrowsWhenWeChatAnswersWithAnHttpError()
    {
        _fake.Answer("<html>502 Bad Gateway</html>", status: 502);

        await Assert.ThrowsAsync<HttpRequestException>(() => _client.SendCustomMessageAsync("TOKEN", "{}", CancellationToken.None));
    }

    [Fact]
    public async Task ThrowsWhenTheAnswerIsNotAnErrcodeObject()
    {
        _fake.Answer("<html>ok</html>");

        await Assert.ThrowsAsync<HttpRequestException>(() => _client.SendCustomMessageAsync("TOKEN", "{}", CancellationToken.None));
    }
}
