using ContactHub.Channels;
using ContactHub.Channels.WebChat;
using ContactHub.Hub.Inbound;
using ContactHub.Hub.Turns;
using ContactHub.Hub.WebChat;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Error = Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<ContactHub.Channels.WebChat.DirectLineErrorResponse>;

namespace ContactHub.Hub.Endpoints;

/// <summary>Direct Line 3.0 (shared/reference/channel-protocols.md §3), so botframework-webchat works unchanged.</summary>
public static class DirectLineEndpoints
{
    private const int MaxStartRequestBytes = 4096;
    private const int PageSize = 100;

    public static WebApplication MapDirectLineEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        app.UseCors();

        // Resolving it now makes a missing secret stop the hub (or the development secret get logged) at start-up.
        app.Services.GetRequiredService<DirectLineTokenService>();

        var api = app.MapGroup("/v3/directline").RequireCors(DirectLineRegistration.CorsPolicy);
        api.MapPost("/tokens/generate", GenerateTokenAsync);
        api.MapPost("/tokens/refresh", RefreshToken);
        api.MapPost("/conversations", StartConversationAsync);
        api.MapGet("/conversations/{conversationId}", ReconnectAsync);
        api.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        api.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        api.MapGet("/conversations/{conversationId}/stream", StreamAsync);
        api.MapGet("/session/getsessionid", GetSessionId);

        // Our own page asks here, so the secret never reaches a browser.
        app.MapPost("/webchat/token", IssuePageToken);
        return app;
    }

    public static async Task<Results<JsonHttpResult<DirectLineConversation>, Error>> GenerateTokenAsync(
        HttpRequest request, [AsParameters] DirectLineServices dl, CancellationToken cancellationToken)
    {
        var grant = dl.Tokens.AuthorizeHeader(request.Headers.Authorization);
        if (grant.Kind != DirectLineGrantKind.Secret)
        {
            return grant.IsValid
                ? DirectLineResults.Error(StatusCodes.Status403Forbidden, DirectLineErrorCodes.Forbidden, "tokens/generate takes the secret, not a token.")
                : DirectLineResults.Refuse(grant);
        }

        var (status, body) = await DirectLineRequestBody.ReadAsync(request, DirectLineJsonContext.Default.DirectLineStartRequest, MaxStartRequestBytes, cancellationToken);
        if (BodyError(status) is { } error)
        {
            return error;
        }

        var userId = NonEmpty(body?.User?.Id);
        if (userId is not null && !DirectLineToken.Fits(userId))
        {
            return DirectLineResults.BadArgument("user.id is too long.");
        }

        return TypedResults.Json(dl.Tokens.Issue(DirectLineTokenService.NewConversationId(), userId), DirectLineJsonContext.Default.DirectLineConversation);
    }

    public static Results<JsonHttpResult<DirectLineConversation>, Error> RefreshToken(HttpRequest request, [AsParameters] DirectLineServices dl)
    {
        var grant = dl.Tokens.AuthorizeHeader(request.Headers.Authorization);
        if (grant.Kind != DirectLineGrantKind.Token)
        {
            return grant.IsValid
                ? DirectLineResults.Error(StatusCodes.Status403Forbidden, DirectLineErrorCodes.Forbidden, "tokens/refresh takes a token, not the secret.")
                : DirectLineResults.Refuse(grant);
        }

        return TypedResults.Json(dl.Tokens.Issue(grant.ConversationId!, grant.UserId), DirectLineJsonContext.Default.DirectLineConversation);
    }

    public static async Task<Results<JsonHttpResult<DirectLineConversation>, Error>> StartConversationAsync(
        HttpRequest request, [AsParameters] DirectLineServices dl, CancellationToken cancellationToken)
    {
        var grant = dl.Tokens.AuthorizeHeader(request.Headers.Authorization);
        if (!grant.IsValid)
        {
            return DirectLineResults.Refuse(grant);
        }

        // directlinejs posts {"user":{"id":…},"locale":…} with undefined fields dropped, often just {"user":{}} (§3.3).
        var (status, body) = await DirectLineRequestBody.ReadAsync(request, DirectLineJsonContext.Default.DirectLineStartRequest, MaxStartRequestBytes, cancellationToken);
        if (BodyError(status) is { } error)
        {
            return error;
        }

        var conversationId = grant.ConversationId ?? DirectLineTokenService.NewConversationId();
        var userId = grant.UserId ?? NonEmpty(body?.User?.Id);
        var created = await dl.Store.CreateConversationAsync(conversationId, cancellationToken);
        var conversation = WithStreamUrl(request, dl.Tokens.Issue(conversationId, userId is null || DirectLineToken.Fits(userId) ? userId : null), watermark: null);
        return TypedResults.Json(
            conversation,
            DirectLineJsonContext.Default.DirectLineConversation,
            statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    public static async Task<Results<JsonHttpResult<DirectLineConversation>, Error>> ReconnectAsync(
        HttpRequest request, string conversationId, string? watermark, [AsParameters] DirectLineServices dl, CancellationToken cancellationToken)
    {
        var grant = dl.Tokens.AuthorizeHeader(request.Headers.Authorization);
        if (await CheckAsync(grant, conversationId, dl, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!DirectLineWatermark.TryParse(watermark, out _))
        {
            return DirectLineResults.BadArgument("watermark is not one this server issued.");
        }

        return TypedResults.Json(WithStreamUrl(request, dl.Tokens.Issue(conversationId, grant.UserId), watermark), DirectLineJsonContext.Default.DirectLineConversation);
    }

    public static async Task<Results<JsonHttpResult<ActivitySet>, Error>> GetActivitiesAsync(
        HttpRequest request, string conversationId, string? watermark, [AsParameters] DirectLineServices dl, CancellationToken cancellationToken)
    {
        if (await CheckAsync(dl.Tokens.AuthorizeHeader(request.Headers.Authorization), conversationId, dl, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!DirectLineWatermark.TryParse(watermark, out var after))
        {
            return DirectLineResults.BadArgument("watermark is not one this server issued.");
        }

        var set = await dl.Store.ReadAfterAsync(conversationId, after, PageSize, cancellationToken);
        return TypedResults.Json(set.Activities.Count == 0 ? set with { Watermark = NonEmpty(watermark) } : set, DirectLineJsonContext.Default.ActivitySet);
    }

    public static async Task<Results<JsonHttpResult<DirectLineResourceResponse>, Error>> PostActivityAsync(
        HttpContext context, string conversationId, [AsParameters] DirectLineServices dl)
    {
        var request = context.Request;
        var cancellationToken = context.RequestAborted;
        var grant = dl.Tokens.AuthorizeHeader(request.Headers.Authorization);
        // No existence check here: appending the echo answers that in the same round trip (404 below, issue 8).
        if (CheckGrant(grant, conversationId) is { } refused)
        {
            return refused;
        }

        var options = dl.Options.Value;
        var (status, posted) = await DirectLineRequestBody.ReadAsync(request, DirectLineJsonContext.Default.Activity, options.MaxActivityBytes, cancellationToken);
        if (posted is null)
        {
            return BodyError(status) ?? DirectLineResults.BadArgument("The body must be an activity.");
        }

        if (posted.Text?.Length > options.MaxTextLength)
        {
            return DirectLineResults.TooLarge($"text is longer than {options.MaxTextLength} characters.");
        }

        // The official service relays user typing over the socket only (§3.1); the hub has no one to relay it to.
        if (string.Equals(posted.Type, ActivityTypes.Typing, StringComparison.Ordinal))
        {
            return TypedResults.Json(new DirectLineResourceResponse(DirectLineTokenService.NewConversationId()), DirectLineJsonContext.Default.DirectLineResourceResponse);
        }

        var echo = DirectLineInbound.ToEcho(posted, conversationId, grant.UserId, options, dl.Time.GetUtcNow());
        if (await dl.Store.AppendAsync(conversationId, echo, cancellationToken) is not { } watermark)
        {
            return DirectLineResults.NotFound(conversationId);
        }

        var inbound = echo with { Id = watermark.ActivityId(conversationId) };
        if (!await RunTurnAsync(context.RequestServices, conversationId, inbound))
        {
            return DirectLineResults.Error(StatusCodes.Status502BadGateway, DirectLineErrorCodes.BotRejectedActivity, "Failed to send activity: bot returned an error");
        }

        return TypedResults.Json(new DirectLineResourceResponse(inbound.Id), DirectLineJsonContext.Default.DirectLineResourceResponse);
    }

    public static async Task<Results<EmptyHttpResult, Error>> StreamAsync(
        HttpContext context, string conversationId, string? t, string? watermark, [AsParameters] DirectLineServices dl, DirectLineStreamSession session)
    {
        // The stream URL is pre-authorized with ?t= because browsers cannot set headers on a WebSocket (§3.2).
        var grant = string.IsNullOrEmpty(t) ? dl.Tokens.AuthorizeHeader(context.Request.Headers.Authorization) : dl.Tokens.Authorize(t);
        if (await CheckAsync(grant, conversationId, dl, context.RequestAborted) is { } refused)
        {
            return refused;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineResults.BadArgument("This URL takes a WebSocket upgrade.");
        }

        if (!DirectLineWatermark.TryParse(watermark, out var from))
        {
            return DirectLineResults.BadArgument("watermark is not one this server issued.");
        }

        await session.RunAsync(() => context.WebSockets.AcceptWebSocketAsync(), conversationId, from, context.RequestAborted);
        return TypedResults.Empty;
    }

    public static JsonHttpResult<DirectLineSessionId> GetSessionId() =>
        TypedResults.Json(new DirectLineSessionId(""), DirectLineJsonContext.Default.DirectLineSessionId);

    public static JsonHttpResult<DirectLineConversation> IssuePageToken(DirectLineTokenService tokens) =>
        TypedResults.Json(tokens.Issue(DirectLineTokenService.NewConversationId(), userId: null), DirectLineJsonContext.Default.DirectLineConversation);

    /// <summary>
    /// The echo is already in the log, so the turn runs to the end even if the client goes away (an accepted
    /// message is never dropped); a turn that throws becomes 502 BotRejectedActivity and the echo stays (§3.6 item 7), and
    /// <see cref="FailedTurnRecovery"/> puts the message in the transcript and in front of an agent.
    /// </summary>
    private static async Task<bool> RunTurnAsync(IServiceProvider services, string conversationId, Activity inbound)
    {
        var turns = services.GetService<ITurnProcessor>();
        if (turns is null)
        {
            DirectLineLog.NoTurnProcessor(services.GetRequiredService<ILogger<DirectLineStreamSession>>());
            return true;
        }

        var key = new ConversationKey(ChannelIds.WebChat, conversationId);
        try
        {
            await turns.ProcessAsync(key, inbound, CancellationToken.None);
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            DirectLineLog.TurnFailed(services.GetRequiredService<ILogger<DirectLineStreamSession>>(), ex, inbound.Id ?? "");
            // The echo is already in the conversation, so Web Chat shows the message as sent and will not post it
            // again: like a failed SMS or WeChat turn, it goes into the transcript and to an agent.
            await services.GetRequiredService<FailedTurnRecovery>().RecoverAsync(key, inbound, CancellationToken.None);
            return false;
        }
    }

    private static async Task<Error?> CheckAsync(DirectLineGrant grant, string conversationId, DirectLineServices dl, CancellationToken cancellationToken) =>
        CheckGrant(grant, conversationId)
        ?? (await dl.Store.ExistsAsync(conversationId, cancellationToken) ? null : DirectLineResults.NotFound(conversationId));

    private static Error? CheckGrant(DirectLineGrant grant, string conversationId)
    {
        if (!grant.IsValid)
        {
            return DirectLineResults.Refuse(grant);
        }

        return grant.Allows(conversationId) ? null : DirectLineResults.Refuse(grant with { Kind = DirectLineGrantKind.Token, ConversationId = null });
    }

    private static Error? BodyError(DirectLineBodyStatus status) => status switch
    {
        DirectLineBodyStatus.Malformed => DirectLineResults.BadArgument("The body is not valid JSON of the expected shape."),
        DirectLineBodyStatus.TooLarge => DirectLineResults.TooLarge("The body is too large."),
        _ => null,
    };

    private static DirectLineConversation WithStreamUrl(HttpRequest request, DirectLineConversation conversation, string? watermark) =>
        conversation with { StreamUrl = DirectLineResults.StreamUrl(request, conversation.ConversationId, conversation.Token, watermark) };

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
