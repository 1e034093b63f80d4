namespace ContactHub.Hub.Turns;

public delegate Task TurnDelegate(TurnContext turn, CancellationToken cancellationToken);
