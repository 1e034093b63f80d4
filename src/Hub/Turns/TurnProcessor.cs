using ContactHub.Channels;

namespace ContactHub.Hub.Turns;

public sealed class TurnProcessor(TurnPipeline pipeline) : ITurnProcessor
{
    public async Task<TurnOutcome> ProcessAsync(ConversationKey key, Activity inbound, CancellationToken cancellationToken)
    {
        var turn = new TurnContext(key, inbound);
        await pipeline.RunAsync(turn, cancellationToken);
        return turn.Duplicate ? TurnOutcome.AlreadySeen : new TurnOutcome(false, turn.Replies);
    }
}
