using ContactHub.Channels;
using ContactHub.Hub.Api;
using ContactHub.Hub.Desk;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Endpoints;

public static class DeskEndpoints
{
    public static WebApplication MapDeskEndpoints(this WebApplication app)
    {
        var desk = app.MapGroup("/api/desk").WithTags("Desk").AddEndpointFilter<DeskAntiforgeryFilter>();
        desk.MapGet("/session", SessionAsync).AllowAnonymous();
        desk.MapPost("/signin", SignInAsync).AllowAnonymous();
        var agent = desk.MapGroup("/").RequireAuthorization(DeskPolicies.Agent);
        agent.MapPost("/signout", SignOutAsync);
        agent.MapGet("/queue", (HttpContext http, DeskQueries q, CancellationToken ct) => q.QueueAsync(DeskUser.From(http.User), ct));
        agent.MapGet("/agents", (DeskQueries q, CancellationToken ct) => q.AgentsAsync(ct));
        agent.MapGet("/canned-replies", (IOptions<DeskOptions> o) => CannedReplies.From(o.Value));
        agent.MapGet("/conversations/{channel}/{userId}", ConversationAsync);
        agent.MapPost("/conversations/{channel}/{userId}/claim", ClaimAsync);
        agent.MapPost("/conversations/{channel}/{userId}/reply", ReplyAsync);
        agent.MapPost("/conversations/{channel}/{userId}/transfer", TransferAsync);
        agent.MapPost("/conversations/{channel}/{userId}/close", CloseAsync);
        agent.MapPost("/conversations/{channel}/{userId}/customer", LinkCustomerAsync);
        // Agents see and pick the bot's conversations; DeskActions.TakeOverAsync lets only supervisors take any other.
        agent.MapGet("/live", (HttpContext http, DeskQueries q, CancellationToken ct) => q.LiveAsync(DeskUser.From(http.User), ct));
        agent.MapPost("/conversations/{channel}/{userId}/take-over", TakeOverAsync);
        var lead = desk.MapGroup("/").RequireAuthorization(DeskPolicies.Supervisor);
        lead.MapGet("/campaigns", (DeskCampaignFunnels f, CancellationToken ct) => f.ListAsync(ct));
        app.MapHub<DeskHub>("/hubs/desk");
        MapPage(app);
        return app;
    }

    /// <summary>The signed-in user (if any) and a fresh anti-forgery token for them; a page calls this on load.</summary>
    public static async Task<Ok<DeskSession>> SessionAsync(HttpContext http, IAntiforgery antiforgery)
    {
        // This endpoint is anonymous and the hub has no default scheme, so read the desk cookie explicitly: a reloaded
        // page stays signed in, and its token is bound to the agent the later POSTs authenticate as.
        var signedIn = await http.AuthenticateAsync(DeskPolicies.Scheme);
        if (signedIn.Succeeded)
        {
            http.User = signedIn.Principal;
        }

        var tokens = antiforgery.GetAndStoreTokens(http);
        return TypedResults.Ok(new DeskSession(signedIn.Succeeded ? DeskUser.From(signedIn.Principal) : null, tokens.RequestToken!, DeskPolicies.AntiforgeryHeader));
    }

    public static async Task<Results<Ok<DeskSession>, UnauthorizedHttpResult>> SignInAsync(
        SignInRequest request, HttpContext http, DeskSignIn signIn, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var principal = await signIn.SignInAsync(http, request.UserName ?? "", request.Password ?? "", cancellationToken);
        if (principal is null)
        {
            return TypedResults.Unauthorized();
        }

        // The token is bound to the user, so the page needs a new one now that it is signed in.
        http.User = principal;
        var tokens = antiforgery.GetAndStoreTokens(http);
        return TypedResults.Ok(new DeskSession(DeskUser.From(principal), tokens.RequestToken!, DeskPolicies.AntiforgeryHeader));
    }

    public static async Task<NoContent> SignOutAsync(HttpContext http, DeskAudit audit, CancellationToken cancellationToken)
    {
        await audit.WriteAsync(DeskUser.From(http.User).UserName, "sign-out", key: null, detail: null, cancellationToken);
        await http.SignOutAsync(DeskPolicies.Scheme);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<DeskConversationView>, ProblemHttpResult>> ConversationAsync(
        string channel, string userId, HttpContext http, DeskQueries queries, CancellationToken cancellationToken) =>
        await queries.ConversationAsync(DeskUser.From(http.User), new ConversationKey(channel, userId), cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : Forbidden;

    public static async Task<IResult> ClaimAsync(string channel, string userId, HttpContext http, DeskActions actions, CancellationToken cancellationToken) =>
        Answer(await actions.ClaimAsync(DeskUser.From(http.User), new ConversationKey(channel, userId), cancellationToken));

    public static async Task<IResult> ReplyAsync(
        string channel, string userId, ReplyRequest request, HttpContext http, DeskActions actions, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(request.Text)
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["text"] = ["A reply needs text."] })
            : Answer(await actions.ReplyAsync(DeskUser.From(http.User), new ConversationKey(channel, userId), request.Text.Trim(), cancellationToken));

    public static async Task<IResult> TransferAsync(
        string channel, string userId, TransferRequest request, HttpContext http, DeskActions actions, CancellationToken cancellationToken) =>
        Answer(await actions.TransferAsync(DeskUser.From(http.User), new ConversationKey(channel, userId), request.ToAgent ?? "", cancellationToken));

    public static async Task<IResult> CloseAsync(
        string channel, string userId, CloseRequest request, HttpContext http, DeskActions actions, CancellationToken cancellationToken) =>
        ApiNames.TryParse<CloseOutcome>(request.Outcome, out var outcome)
            ? Answer(await actions.CloseAsync(DeskUser.From(http.User), new ConversationKey(channel, userId), outcome, cancellationToken))
            : TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["outcome"] = [$"One of {ApiNames.AllOf<CloseOutcome>()}."] });

    public static async Task<IResult> LinkCustomerAsync(
        string channel, string userId, LinkCustomerRequest request, HttpContext http, DeskCustomerLink link, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(request.Mobile)
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["mobile"] = ["The customer's mobile number is needed."] })
            : Answer(await link.LinkAsync(DeskUser.From(http.User), new ConversationKey(channel, userId), request.Mobile.Trim(), cancellationToken));

    public static async Task<IResult> TakeOverAsync(string channel, string userId, HttpContext http, DeskActions actions, CancellationToken cancellationToken) =>
        Answer(await actions.TakeOverAsync(DeskUser.From(http.User), new ConversationKey(channel, userId), cancellationToken));

    // Not TypedResults.Forbid(): that challenges the default scheme, and the hub has none (API keys and the desk cookie are peers).
    private static ProblemHttpResult Forbidden =>
        TypedResults.Problem("This conversation is neither queued nor yours.", statusCode: StatusCodes.Status403Forbidden);

    private static IResult Answer(DeskActionResult result) => result switch
    {
        DeskActionResult.Done => TypedResults.NoContent(),
        DeskActionResult.Forbidden => Forbidden,
        DeskActionResult.TakenByAnother => TypedResults.Problem("Another agent has this conversation.", statusCode: StatusCodes.Status409Conflict),
        DeskActionResult.NotInQueue => TypedResults.Problem("The conversation is not waiting for an agent.", statusCode: StatusCodes.Status409Conflict),
        DeskActionResult.NoSuchAgent => TypedResults.Problem("No such active agent.", statusCode: StatusCodes.Status400BadRequest),
        DeskActionResult.NoSuchCustomer => TypedResults.Problem("No customer record has that mobile number.", statusCode: StatusCodes.Status404NotFound),
        _ => TypedResults.Problem("The customer's channel refused the message; it is kept in the transcript as failed.", statusCode: StatusCodes.Status502BadGateway),
    };

    /// <summary>The desk page, built from ClientApp into wwwroot/desk by the Hub's build.</summary>
    private static void MapPage(WebApplication app)
    {
        var folder = Path.Combine(app.Environment.ContentRootPath, "wwwroot", "desk");
        if (!Directory.Exists(folder))
        {
            app.Logger.LogWarning("No desk page at {Folder}: build src/Hub without -p:SkipClientAppBuild=true to get /desk", folder);
            return;
        }

        var files = new PhysicalFileProvider(folder);
        // Routing matches /desk and /desk/ alike; Vite's base makes every asset URL absolute, so one answer serves both.
        var index = Path.Combine(folder, "index.html");
        app.MapGet("/desk", () => TypedResults.PhysicalFile(index, "text/html; charset=utf-8")).AllowAnonymous();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = "/desk" });
    }
}
