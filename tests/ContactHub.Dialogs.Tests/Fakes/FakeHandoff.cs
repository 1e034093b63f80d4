using ContactHub.Dialogs.Ports;

namespace ContactHub.Dialogs.Tests.Fakes;

public sealed class FakeHandoff : IHandoff
{
    public List<HandoffRequest> Requests { get; } = [];

    public Task RequestAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.CompletedTask;
    }
}
