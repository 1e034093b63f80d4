using ContactHub.Channels.Sms;
using ContactHub.Hub.Sms;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactHub.Hub.Endpoints;

/// <summary>Twilio's webhooks (reference §2, issue 5): inbound messages, and delivery status callbacks.</summary>
public static class SmsEndpoints
{
    public static IEndpointRouteBuilder MapSmsEndpoints(this IEndpointRouteBuilder app)
    {
        var sms = app.MapGroup("/channels/sms").DisableAntiforgery();
        sms.MapPost("/", ReceiveMessageAsync);
        sms.MapPost("/status", ReceiveStatusAsync);
        return app;
    }

    private static async Task<Results<ContentHttpResult, NoContent, ProblemHttpResult>> ReceiveMessageAsync(
        HttpRequest request, SmsWebhookHandler handler) =>
        ToResult(await handler.HandleMessageAsync(request, request.HttpContext.RequestAborted));

    private static async Task<Results<ContentHttpResult, NoContent, ProblemHttpResult>> ReceiveStatusAsync(
        HttpRequest request, SmsWebhookHandler handler) =>
        ToResult(await handler.HandleStatusAsync(request, request.HttpContext.RequestAborted));

    private static Results<ContentHttpResult, NoContent, ProblemHttpResult> ToResult(SmsWebhookAnswer answer) => answer.Kind switch
    {
        SmsWebhookAnswerKind.Twiml => TypedResults.Text(answer.Body, SmsTwiml.ContentType),
        SmsWebhookAnswerKind.Recorded => TypedResults.NoContent(),
        SmsWebhookAnswerKind.Forbidden => TypedResults.Problem(answer.Body, statusCode: StatusCodes.Status403Forbidden, title: "Twilio signature refused"),
        SmsWebhookAnswerKind.BadRequest => TypedResults.Problem(answer.Body, statusCode: StatusCodes.Status400BadRequest, title: "Not a Twilio webhook"),
        SmsWebhookAnswerKind.NotConfigured => TypedResults.Problem(answer.Body, statusCode: StatusCodes.Status404NotFound, title: "Twilio is not configured"),
        _ => TypedResults.Problem(answer.Body, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Try again"),
    };
}
