namespace ContactHub.Hub.WebChat;

public enum DirectLineGrantKind
{
    Missing,
    Invalid,
    Expired,
    Secret,
    Token,
}
