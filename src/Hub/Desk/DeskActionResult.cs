namespace ContactHub.Hub.Desk;

/// <summary>How a desk action ended; the endpoints turn it into 200, 404, 403, 409 or 502.</summary>
public enum DeskActionResult
{
    Done = 0,
    NotInQueue,
    Forbidden,
    TakenByAnother,
    NoSuchAgent,
    SendFailed,
    NoSuchCustomer,
}
