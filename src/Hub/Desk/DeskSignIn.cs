using System.Security.Claims;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Desk;

/// <summary>Checks a desk user's password against the agent table and issues the desk cookie.</summary>
public sealed class DeskSignIn(IDbContextFactory<RecordsDbContext> records, IPasswordHasher<Agent> hasher, DeskAudit audit)
{
    /// <returns>The signed-in principal, or null for an unknown user, a wrong password or a deactivated agent.</returns>
    public async Task<ClaimsPrincipal?> SignInAsync(HttpContext http, string userName, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        var agent = await db.Agents.FirstOrDefaultAsync(a => a.UserName == userName && a.Active, cancellationToken);
        var verdict = agent is null ? PasswordVerificationResult.Failed : hasher.VerifyHashedPassword(agent, agent.PasswordHash, password);
        if (agent is null || verdict == PasswordVerificationResult.Failed || !DeskRoles.IsKnown(agent.Role))
        {
            await audit.WriteAsync(userName, "sign-in-failed", key: null, detail: null, cancellationToken);
            return null;
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            agent.PasswordHash = hasher.HashPassword(agent, password);
            await db.SaveChangesAsync(cancellationToken);
        }

        Claim[] claims =
        [
            new(ClaimTypes.Name, agent.UserName),
            new(DeskUser.DisplayNameClaim, agent.DisplayName),
            new(ClaimTypes.Role, agent.Role),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, DeskPolicies.Scheme));
        await http.SignInAsync(DeskPolicies.Scheme, principal);
        await audit.WriteAsync(agent.UserName, "sign-in", key: null, detail: null, cancellationToken);
        return principal;
    }
}
