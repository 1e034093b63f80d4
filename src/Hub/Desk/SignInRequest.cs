namespace ContactHub.Hub.Desk;

public sealed record SignInRequest(string? UserName, string? Password);
