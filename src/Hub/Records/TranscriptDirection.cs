namespace ContactHub.Hub.Records;

public enum TranscriptDirection
{
    Inbound = 0,
    Outbound = 1,
}
