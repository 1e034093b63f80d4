using ContactHub.Dialogs.Ports;

namespace ContactHub.Dialogs.Tests.Fakes;

/// <summary><see cref="IHandoff"/> that records the requests the care dialogs make.</summary>
public sealed class FakeCareHandoff : IHandoff
{
    public List<HandoffRequest> Requests { get; } = [];

    public Task RequestAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.CompletedTask;
    }
}
