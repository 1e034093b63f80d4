namespace ContactHub.Hub.Desk;

public sealed record ReplyRequest(string? Text);
