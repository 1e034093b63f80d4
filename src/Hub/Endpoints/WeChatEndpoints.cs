using ContactHub.Channels.WeChat;
using ContactHub.Hub.WeChat;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Hub.Endpoints;

/// <summary>The WeChat Official Account server URL (reference §1, issue 4): GET is the server check, POST the pushes.</summary>
public static class WeChatEndpoints
{
    public static IEndpointRouteBuilder MapWeChatEndpoints(this IEndpointRouteBuilder app)
    {
        var wechat = app.MapGroup("/channels/wechat");
        wechat.MapGet("/", VerifyServer);
        wechat.MapPost("/", ReceivePushAsync);
        return app;
    }

    private static Results<ContentHttpResult, UnauthorizedHttpResult, ProblemHttpResult> VerifyServer(
        [FromQuery] string? signature,
        [FromQuery] string? timestamp,
        [FromQuery] string? nonce,
        [FromQuery] string? echostr,
        WeChatPushHandler handler) =>
        ToResult(handler.VerifyServer(new WeChatPushQuery(signature, timestamp, nonce), echostr));

    private static async Task<Results<ContentHttpResult, UnauthorizedHttpResult, ProblemHttpResult>> ReceivePushAsync(
        [FromQuery] string? signature,
        [FromQuery] string? timestamp,
        [FromQuery] string? nonce,
        [FromQuery] string? openid,
        [FromQuery(Name = "encrypt_type")] string? encryptType,
        [FromQuery(Name = "msg_signature")] string? msgSignature,
        HttpRequest request,
        WeChatPushHandler handler)
    {
        var query = new WeChatPushQuery(signature, timestamp, nonce, openid, encryptType, msgSignature);
        return ToResult(await handler.HandleAsync(query, request.Body, request.HttpContext.RequestAborted));
    }

    private static Results<ContentHttpResult, UnauthorizedHttpResult, ProblemHttpResult> ToResult(WeChatPushAnswer answer) => answer.Kind switch
    {
        WeChatPushAnswerKind.Success => TypedResults.Text(WeChatOutbound.Success, "text/plain"),
        WeChatPushAnswerKind.Echo => TypedResults.Text(answer.Body, "text/plain"),
        WeChatPushAnswerKind.PassiveReply => TypedResults.Text(answer.Body, "application/xml"),
        WeChatPushAnswerKind.Unauthorized => TypedResults.Unauthorized(),
        WeChatPushAnswerKind.BadRequest => TypedResults.Problem(answer.Body, statusCode: StatusCodes.Status400BadRequest, title: "Not a WeChat push"),
        WeChatPushAnswerKind.NotConfigured => TypedResults.Problem(answer.Body, statusCode: StatusCodes.Status404NotFound, title: "WeChat is not configured"),
        _ => TypedResults.Problem(answer.Body, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Try again"),
    };
}
