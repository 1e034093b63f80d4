using ContactHub.Channels.WebChat;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactHub.Hub.WebChat;

/// <summary>Typed answers in Direct Line's own wire shapes, serialized through the source-gen context.</summary>
public static class DirectLineResults
{
    public static JsonHttpResult<DirectLineErrorResponse> Error(int status, string code, string message) =>
        TypedResults.Json(DirectLineErrorResponse.Of(code, message), DirectLineJsonContext.Default.DirectLineErrorResponse, statusCode: status);

    public static JsonHttpResult<DirectLineErrorResponse> Refuse(DirectLineGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var (status, body) = grant.Refusal();
        return TypedResults.Json(body, DirectLineJsonContext.Default.DirectLineErrorResponse, statusCode: status);
    }

    public static JsonHttpResult<DirectLineErrorResponse> NotFound(string conversationId) =>
        Error(StatusCodes.Status404NotFound, DirectLineErrorCodes.NotFound, $"Conversation {conversationId} not found.");

    public static JsonHttpResult<DirectLineErrorResponse> BadArgument(string message) =>
        Error(StatusCodes.Status400BadRequest, DirectLineErrorCodes.BadArgument, message);

    public static JsonHttpResult<DirectLineErrorResponse> TooLarge(string message) =>
        Error(StatusCodes.Status413PayloadTooLarge, DirectLineErrorCodes.MessageSizeTooBig, message);

    /// <summary>Absolute ws:// or wss:// from the request's own host, because directlinejs opens it as given (§3.3).</summary>
    public static string StreamUrl(HttpRequest request, string conversationId, string token, string? watermark)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return string.IsNullOrEmpty(watermark) ? url : $"{url}&watermark={Uri.EscapeDataString(watermark)}";
    }
}
