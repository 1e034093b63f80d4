using System.Text.Json;

namespace ContactHub.Hub.Tests.Fakes;

/// <summary>One call the hub made to the WeChat API, and what the fake answered.</summary>
public sealed record FakeWeChatServerRequest(string Path, string? AccessToken, string Body, int AnsweredErrCode, string Answer)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>The msgid an accepted template send was answered with, as the MsgID of its TEMPLATESENDJOBFINISH.</summary>
    public string? AnsweredMsgId =>
        JsonDocument.Parse(Answer).RootElement.TryGetProperty("msgid", out var id) ? id.GetRawText() : null;

    public bool IsCustomerServiceMessage => Path == "/cgi-bin/message/custom/send";

    /// <summary>The text a customer-service message shows: a text message's content, or a msgmenu's head.</summary>
    public string? ShownText => Json.GetProperty("msgtype").GetString() switch
    {
        "text" => Json.GetProperty("text").GetProperty("content").GetString(),
        "msgmenu" => Json.GetProperty("msgmenu").GetProperty("head_content").GetString(),
        _ => null,
    };
}
