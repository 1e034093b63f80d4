namespace ContactHub.LoadTest;

public sealed class BaselineScript(HttpClient http, Uri baseline) : ICustomerScript
{
    public Task StartAsync(int customer, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task TurnAsync(int customer, int turn, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(new Uri(baseline, $"/baseline/customer-{customer}"), content: null, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
