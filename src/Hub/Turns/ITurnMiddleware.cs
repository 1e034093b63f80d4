namespace ContactHub.Hub.Turns;

public delegate Task TurnDelegate(TurnContext turn, CancellationToken cancellationToken);

/// <summary>One concern of the turn (BotBuilder's IMiddleware shape). The order lives in <see cref="TurnPipeline"/> only.</summary>
public interface ITurnMiddleware
{
    Task OnTurnAsync(TurnContext turn, TurnDelegate next, CancellationToken cancellationToken);
}
