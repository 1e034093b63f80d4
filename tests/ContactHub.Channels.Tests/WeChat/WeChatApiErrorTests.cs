using System.Text;
using ContactHub.Channels.WeChat;

namespace ContactHub.Channels.Tests.WeChat;

public sealed class WeChatApiErrorTests
{
    [Theory]
    [InlineData(40001)]
    [InlineData(40014)]
    [InlineData(42001)]
    public void TreatsTheTokenCodesAsTokenInvalid(int code)
    {
        var error = Parse($"{{\"errcode\":{code},\"errmsg\":\"invalid credential\"}}");

        Assert.True(error.IsTokenInvalid);
        Assert.False(error.IsOk);
    }

    [Fact]
    public void ReadsOkAndTheTemplateMsgId()
    {
        var error = Parse("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":200228332}");

        Assert.True(error.IsOk);
        Assert.Equal(200228332, error.MsgId);
    }

    [Theory]
    [InlineData("{\"errcode\":45015,\"errmsg\":\"response out of time limit or subscription is canceled\"}", WeChatApiError.OutOfWindow)]
    [InlineData("{\"errcode\":45047,\"errmsg\":\"out of response count limit\"}", WeChatApiError.TooManyMessages)]
    [InlineData("{\"errcode\":-1,\"errmsg\":\"system error\"}", WeChatApiError.SystemBusy)]
    public void NamesTheWindowQuotaAndBusyCodes(string json, int code)
    {
        var error = Parse(json);

        Assert.Equal(code, error.ErrCode);
        Assert.Equal(code == WeChatApiError.OutOfWindow, error.IsOutOfWindow);
        Assert.Equal(code == WeChatApiError.TooManyMessages, error.IsQuotaExceeded);
        Assert.Equal(code == WeChatApiError.SystemBusy, error.IsRetryable);
        Assert.False(error.IsTokenInvalid);
    }

    [Fact]
    public void CountsATokenResponseWithoutErrcodeAsOk()
    {
        Assert.True(Parse("{\"access_token\":\"ACCESS_TOKEN\",\"expires_in\":7200}").IsOk);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>502</html>")]
    [InlineData("[1]")]
    [InlineData("{\"errcode\":99999999999}")]
    public void RefusesABodyThatIsNotAnApiAnswer(string body)
    {
        Assert.False(WeChatApiError.TryParse(Encoding.UTF8.GetBytes(body), out _));
    }

    private static WeChatApiError Parse(string json)
    {
        Assert.True(WeChatApiError.TryParse(Encoding.UTF8.GetBytes(json), out var error));
        return error.Value;
    }
}
