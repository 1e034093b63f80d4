using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Api;

/// <summary>
/// Authenticates /api callers by the <c>X-Api-Key</c> header against <c>Api:Keys</c> (compared in constant time), and
/// answers a missing or wrong key with a 401 ProblemDetails saying which it was.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<ApiKeyOptions> keys,
    IProblemDetailsService problems) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyOptions.Header, out var presented) || string.IsNullOrEmpty(presented))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var given = Encoding.UTF8.GetBytes(presented.ToString());
        var index = Array.FindIndex(keys.CurrentValue.Keys, k => k.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(k), given));
        if (index < 0)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, $"api-key-{index}")], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var missing = !Request.Headers.ContainsKey(ApiKeyOptions.Header);
        Logger.LogInformation("Refused {Method} {Path}: {Reason} API key", Request.Method, Request.Path, missing ? "no" : "invalid");
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{ApiKeyOptions.Scheme} header=\"{ApiKeyOptions.Header}\"";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Unauthorized",
                Detail = missing ? $"Send an API key in the {ApiKeyOptions.Header} header." : $"The {ApiKeyOptions.Header} header does not hold a valid API key.",
            },
        });
    }
}
