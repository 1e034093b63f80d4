namespace ContactHub.LoadTest;

public sealed record UserAccount(string Id);
