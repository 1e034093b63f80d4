namespace ContactHub.LoadTest;

/// <summary>What one simulated customer does: set up once, then one request per turn.</summary>
public interface ICustomerScript
{
    Task StartAsync(int customer, CancellationToken cancellationToken);

    Task TurnAsync(int customer, int turn, CancellationToken cancellationToken);

    /// <summary>Which part of the load the customer is in, for latencies reported apart (web chat, SMS).</summary>
    string KindOf(int customer) => "all";
}
