using ContactHub.Channels;
using ContactHub.Hub.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Hub.Tests.WebChat;

/// <summary>
/// Stands in for the turn pipeline: answers every message with a menu line through the web chat adapter, as the
/// real pipeline delivers replies before ProcessAsync returns, and can be told to fail.
/// </summary>
public sealed class ScriptedTurnProcessor : ITurnProcessor
{
    public const string MenuText = "您好！请选择：预约保养 / 投诉建议 / 满意度回访 / 人工客服 / 门店信息";

    private int turns;

    public IServiceProvider? Services { get; set; }

    public bool Fail { get; set; }

    public int Turns => Volatile.Read(ref turns);

    public async Task<TurnOutcome> ProcessAsync(ConversationKey key, Activity inbound, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref turns);
        if (Fail)
        {
            throw new InvalidOperationException("scripted failure");
        }

        var reply = inbound.CreateReply(MenuText) with { SuggestedActions = SuggestedActions.Of("预约保养", "投诉建议") };
        var adapter = Services!.GetRequiredKeyedService<IChannelAdapter>(key.Channel);
        await adapter.SendAsync(key, reply, cancellationToken);
        return new TurnOutcome(false, [reply]);
    }
}
