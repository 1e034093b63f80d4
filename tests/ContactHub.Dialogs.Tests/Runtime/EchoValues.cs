namespace ContactHub.Dialogs.Tests.Runtime;

public sealed class EchoValues
{
    public string? Prefix { get; set; }

    public List<string> Heard { get; set; } = [];
}
