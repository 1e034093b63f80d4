using System.Security.Claims;

namespace ContactHub.Hub.Desk;

/// <summary>The signed-in desk user, read from the cookie's claims.</summary>
public sealed record DeskUser(string UserName, string DisplayName, string Role)
{
    public const string DisplayNameClaim = "display_name";

    public bool SeesEverything => DeskRoles.SeesEverything(Role);

    public static DeskUser From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var name = principal.Identity?.Name ?? throw new InvalidOperationException("The desk user has no name claim.");
        return new DeskUser(name, principal.FindFirstValue(DisplayNameClaim) ?? name, principal.FindFirstValue(ClaimTypes.Role) ?? DeskRoles.Agent);
    }
}
