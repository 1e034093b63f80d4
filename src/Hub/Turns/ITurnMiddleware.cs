namespace ContactHub.Hub.Turns;

/// <summary>One concern of the turn (BotBuilder's IMiddleware shape). The order lives in <see cref="TurnPipeline"/> only.</summary>
public interface ITurnMiddleware
{
    Task OnTurnAsync(TurnContext turn, TurnDelegate next, CancellationToken cancellationToken);
}
