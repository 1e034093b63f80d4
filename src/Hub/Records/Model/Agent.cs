namespace ContactHub.Hub.Records.Model;

/// <summary>A person who signs in to the agent desk (issue 6). The password is stored as ASP.NET Core Identity's PasswordHasher output.</summary>
public sealed class Agent
{
    public long Id { get; set; }

    public required string UserName { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>agent, supervisor or admin (<c>DeskRoles</c>).</summary>
    public required string Role { get; set; }

    public string PasswordHash { get; set; } = "";

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}
