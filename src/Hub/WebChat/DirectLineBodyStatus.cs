namespace ContactHub.Hub.WebChat;

public enum DirectLineBodyStatus
{
    Ok,
    Empty,
    Malformed,
    TooLarge,
}
