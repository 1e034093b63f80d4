using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Recognition;
using ContactHub.Hub.Bot;
using ContactHub.Hub.Desk;
using ContactHub.Hub.Outbound;
using ContactHub.Hub.Records;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.Turns;

public static class TurnRegistration
{
    /// <summary>The turn pipeline, the outbound path and the bot's dialogs; every registration explicit.</summary>
    public static IHostApplicationBuilder AddContactHubTurns(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var dealer = builder.Configuration.GetSection("Dealer").Get<DealerProfile>() ?? new DealerProfile();
        services.AddSingleton(dealer);
        services.TryAddSingleton(builder.Configuration.GetSection(SurveyOptions.Section).Get<SurveyOptions>() ?? new SurveyOptions());
        services.TryAddSingleton<IReminderLog, EfReminderLog>();
        services.AddSingleton(sp => new DealershipServices(
            sp.GetRequiredService<IAppointmentBook>(),
            sp.GetRequiredService<ICustomerDirectory>(),
            sp.GetRequiredService<IReminderLog>(),
            sp.GetRequiredService<DealerProfile>(),
            sp.GetRequiredService<IRecognizer>(),
            sp.GetRequiredService<TimeProvider>(),
            DealerTimeZone.Find(builder.Configuration["Dealer:TimeZone"] ?? DealerTimeZone.DefaultId),
            sp.GetService<IHandoff>()));
        services.AddSingleton(BuildBotDialogs);

        services.AddSingleton<OutboundDispatcher>();
        services.AddSingleton<TurnGateMiddleware>();
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

    // Dialogs built outside the composition join with one .Add(dialog, intents…) line each (DealershipDialogs).
    private static BotDialogs BuildBotDialogs(IServiceProvider sp)
    {
        var customers = sp.GetRequiredService<ICustomerDirectory>();
        var handoff = sp.GetService<IHandoff>();
        var complaint = new ComplaintDialog(
            sp.GetRequiredService<IComplaintDesk>(), customers, handoff: handoff, handOffFrom: sp.GetRequiredService<IOptions<DeskOptions>>().Value.ComplaintHandoffSeverity);
        var survey = new SatisfactionSurveyDialog(sp.GetRequiredService<ISurveyStore>(), customers, complaint, handoff, sp.GetService<SurveyOptions>());
        var dialogs = new DealershipDialogs(sp.GetRequiredService<DealershipServices>())
            .Add(complaint, Intents.Complaint, Intents.ComplaintStatus)
            .Add(survey, Intents.SurveyScore)
            .Add(new BindIdentityDialog(sp.GetRequiredService<IIdentityVerification>(), customers, handoff), Intents.Bind)
            .Build();
        return new BotDialogs(dialogs, DealershipDialogs.RootId);
    }
}
