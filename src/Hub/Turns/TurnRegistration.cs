using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Runtime;
using ContactHub.Hub.Bot;
using ContactHub.Hub.Desk;
using ContactHub.Hub.Outbound;

namespace ContactHub.Hub.Turns;

public static class TurnRegistration
{
    /// <summary>The turn pipeline, the outbound path and the bot's dialogs; every registration explicit.</summary>
    public static IHostApplicationBuilder AddContactHubTurns(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var dealer = builder.Configuration.GetSection("Dealer").Get<DealerProfile>() ?? new DealerProfile();
        services.AddSingleton(dealer);
        services.AddSingleton(sp => new BotDialogs(new DialogSet(new MainMenuDialog(sp.GetRequiredService<DealerProfile>())), nameof(MainMenuDialog)));

        services.AddSingleton<OutboundDispatcher>();
        services.AddSingleton<DedupeMiddleware>();
        services.AddSingleton<ConversationLockMiddleware>();
        services.AddSingleton<DeskRelayMiddleware>();
        services.AddSingleton<TranscriptMiddleware>();
        services.AddSingleton<OutboundMiddleware>();
        services.AddSingleton<ConversationStateMiddleware>();
        services.AddSingleton<GlobalCommandsMiddleware>();
        services.AddSingleton<DialogTurnHandler>();
        services.AddSingleton<TurnPipeline>();
        services.AddSingleton<ITurnProcessor, TurnProcessor>();
        return builder;
    }
}
