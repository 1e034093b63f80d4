namespace ContactHub.Hub.Desk;

/// <summary>The roles of desk users, as stored in the agent table and carried in the sign-in cookie.</summary>
public static class DeskRoles
{
    public const string Agent = "agent";
    public const string Supervisor = "supervisor";
    public const string Admin = "admin";

    public static readonly string[] All = [Agent, Supervisor, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    public static bool SeesEverything(string role) => role is Supervisor or Admin;
}
