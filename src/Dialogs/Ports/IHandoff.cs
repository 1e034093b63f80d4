namespace ContactHub.Dialogs.Ports;

/// <summary>Puts the conversation in the agent queue. Implemented by the Hub's agent desk.</summary>
public interface IHandoff
{
    Task RequestAsync(HandoffRequest request, CancellationToken cancellationToken);
}
