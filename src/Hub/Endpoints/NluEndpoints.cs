using System.Text.Json;
using System.Text.Json.Serialization;
using ContactHub.Dialogs.Recognition;
using ContactHub.Hub.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactHub.Hub.Endpoints;

/// <summary>
/// POST /api/nlu/parse: what the built-in recognizer makes of a message, for diagnostics (issue 3), behind the
/// X-Api-Key scheme of the records API.
/// </summary>
public static partial class NluEndpoints
{
    public const int MaxTextLength = 1000;

    // 1000 characters of text escaped as \uXXXX, plus the locale and the braces, fit in 8 KB; more is not a diagnostics request.
    private const int MaxBodyBytes = 8 * 1024;

    public static IEndpointRouteBuilder MapNluEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var recognizer = app.ServiceProvider.GetRequiredService<IRecognizer>();
        var clock = app.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;

        var api = app.MapGroup("/api/nlu").WithTags("NLU").RequireAuthorization(ApiKeyOptions.Policy);
        api.MapPost("/parse", (HttpRequest request, CancellationToken ct) => ParseAsync(request, recognizer, clock, ct));
        return app;
    }

    /// <summary>Makes the recognizer injectable (dialogs, the turn pipeline); the dealer's zone comes from Dealer:TimeZone.</summary>
    public static IHostApplicationBuilder AddContactHubNlu(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<IRecognizer>(sp => CreateRecognizer(sp.GetRequiredService<IConfiguration>()));
        return builder;
    }

    public static async Task<Results<JsonHttpResult<ParseResponse>, ProblemHttpResult>> ParseAsync(
        HttpRequest request, IRecognizer recognizer, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(clock);
        if (request.ContentLength > MaxBodyBytes)
        {
            return BadRequest($"The body is over {MaxBodyBytes} bytes.");
        }

        ParseRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(request.Body, NluJsonContext.Default.ParseRequest, cancellationToken);
        }
        catch (JsonException)
        {
            return BadRequest("The body must be JSON like {\"text\": \"明天下午三点\", \"locale\": \"zh-CN\"}.");
        }

        if (Validate(body) is { } problem)
        {
            return BadRequest(problem);
        }

        var result = recognizer.Recognize(body!.Text, body.Locale ?? "zh-CN", clock.GetUtcNow());
        return TypedResults.Json(ToResponse(result), NluJsonContext.Default.ParseResponse);
    }

    private static string? Validate(ParseRequest? body) => body switch
    {
        null or { Text: null } => "\"text\" is required.",
        { Text: var text } when string.IsNullOrWhiteSpace(text) => "\"text\" must not be blank.",
        { Text.Length: > MaxTextLength } => $"\"text\" is over {MaxTextLength} characters.",
        { Locale.Length: > 35 } => "\"locale\" is not a language tag.",
        _ => null,
    };

    private static ParseResponse ToResponse(RecognizerResult result)
    {
        var entities = new ParsedEntity[result.Entities.Count];
        for (var i = 0; i < entities.Length; i++)
        {
            var e = result.Entities[i];
            entities[i] = new ParsedEntity(e.Type, e.Text, e.Value, e.Start, e.Length, e.Inferred ? true : null);
        }

        return new ParseResponse(result.Intent, Math.Round(result.Score, 2), entities);
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid NLU request");

    private static BilingualRecognizer CreateRecognizer(IConfiguration configuration) =>
        new(DealerTimeZone.Find(configuration["Dealer:TimeZone"] ?? DealerTimeZone.DefaultId));

    public sealed record ParseRequest(string? Text, string? Locale);

    public sealed record ParseResponse(string Intent, double Score, IReadOnlyList<ParsedEntity> Entities);

    /// <summary>One entity; <c>inferred</c> appears (true) only on a date-time whose hour came from a part of day.</summary>
    public sealed record ParsedEntity(string Type, string Text, string Value, int Start, int Length, bool? Inferred);

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(ParseRequest))]
    [JsonSerializable(typeof(ParseResponse))]
    internal sealed partial class NluJsonContext : JsonSerializerContext;
}
