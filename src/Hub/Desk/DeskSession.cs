namespace ContactHub.Hub.Desk;

/// <summary>Who is signed in, and the anti-forgery token their page must send in <see cref="DeskPolicies.AntiforgeryHeader"/>.</summary>
public sealed record DeskSession(DeskUser? User, string Token, string HeaderName);
