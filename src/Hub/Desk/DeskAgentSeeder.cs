using System.Security.Cryptography;
using ContactHub.Hub.Records;
using ContactHub.Hub.Records.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Desk;

/// <summary>
/// In Development, makes sure agent1, agent2 and lead1 (a supervisor) exist with the password Desk:DemoPassword (a
/// random one when unset), and prints it, so the desk can be tried at once. Their password is reset on each start.
/// </summary>
public sealed class DeskAgentSeeder(
    IDbContextFactory<RecordsDbContext> records,
    IPasswordHasher<Agent> hasher,
    IOptions<DeskOptions> options,
    TimeProvider clock,
    ILogger<DeskAgentSeeder> logger)
{
    private static readonly (string UserName, string DisplayName, string Role)[] DemoAgents =
    [
        ("agent1", "王晓敏", DeskRoles.Agent),
        ("agent2", "李俊", DeskRoles.Agent),
        ("lead1", "陈主管", DeskRoles.Supervisor),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var password = options.Value.DemoPassword is { Length: > 0 } configured ? configured : RandomNumberGenerator.GetHexString(12, lowercase: true);
        await using var db = await records.CreateDbContextAsync(cancellationToken);
        foreach (var (userName, displayName, role) in DemoAgents)
        {
            var agent = await db.Agents.FirstOrDefaultAsync(a => a.UserName == userName, cancellationToken);
            if (agent is null)
            {
                agent = new Agent { UserName = userName, DisplayName = displayName, Role = role, CreatedAt = clock.GetUtcNow() };
                db.Agents.Add(agent);
            }

            agent.PasswordHash = hasher.HashPassword(agent, password);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Agent desk (Development): sign in at /desk as agent1, agent2 or lead1 (supervisor) with password {Password} (Desk:DemoPassword)", password);
    }
}
