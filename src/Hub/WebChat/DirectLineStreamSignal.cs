namespace ContactHub.Hub.WebChat;

/// <summary>What a conversation's streams hear: an append, or that a socket (<see cref="OpenedStreamId"/>) opened.</summary>
public readonly record struct DirectLineStreamSignal(string? OpenedStreamId)
{
    private const string AppendedWire = "a";
    private const string OpenedPrefix = "o:";

    public static readonly DirectLineStreamSignal Appended = new((string?)null);

    public bool IsAppended => OpenedStreamId is null;

    public static DirectLineStreamSignal Opened(string streamId) => new(streamId);

    public static DirectLineStreamSignal Parse(string? wire) =>
        wire is not null && wire.StartsWith(OpenedPrefix, StringComparison.Ordinal) ? new(wire[OpenedPrefix.Length..]) : Appended;

    public string ToWire() => OpenedStreamId is null ? AppendedWire : OpenedPrefix + OpenedStreamId;
}
