namespace ContactHub.Hub.Api;

public sealed record ComplaintEventDto(DateTimeOffset At, string Author, string Text, string? Status);
