using Microsoft.AspNetCore.Antiforgery;

namespace ContactHub.Hub.Desk;

/// <summary>
/// Every state-changing /api/desk call must carry the anti-forgery token in the X-CSRF-TOKEN header. ASP.NET Core
/// validates tokens by itself only for form posts; the desk posts JSON, so this filter asks for the check.
/// </summary>
public sealed class DeskAntiforgeryFilter(IAntiforgery antiforgery, ILogger<DeskAntiforgeryFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            try
            {
                await antiforgery.ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException ex)
            {
                logger.LogWarning("Refused {Method} {Path} without a valid anti-forgery token: {Reason}", http.Request.Method, http.Request.Path, ex.Message);
                return TypedResults.Problem("The request has no valid anti-forgery token (header X-CSRF-TOKEN).", statusCode: StatusCodes.Status400BadRequest);
            }
        }

        return await next(context);
    }
}
