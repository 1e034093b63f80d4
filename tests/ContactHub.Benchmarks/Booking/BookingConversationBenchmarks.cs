using BenchmarkDotNet.Attributes;
using ContactHub.Channels;
using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Recognition;
using ContactHub.Dialogs.Runtime;
using ContactHub.Hub.State;
using System.Text.Json;

namespace ContactHub.Benchmarks.Booking;

/// <summary>
/// The load tool's six-turn booking (预约 → mobile → 常规保养 → 12月3日 → 1 → 是) through the real dealership dialogs,
/// with the conversation state stored as the in-process store keeps it (ConversationState JSON bytes) between turns and
/// every reply serialized as a channel would send it. Ports are in memory, so this measures the dialog runtime and the
/// state and activity JSON, not EF or Redis. Figures are per turn.
/// </summary>
[MemoryDiagnoser]
public class BookingConversationBenchmarks
{
    private static readonly string[] Messages = ["预约", BenchmarkCustomers.Mobile, "常规保养", "12月3日", "1", "是"];
    private static readonly ConversationKey Key = new(ChannelIds.Sms, "+8613900000001");

    private DialogSet _dialogs = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var clock = new BenchmarkClock();
        var workshop = new BenchmarkWorkshop(clock);
        var services = new DealershipServices(
            workshop, new BenchmarkCustomers(), new BenchmarkReminderLog(), new Dialogs.Ports.DealerProfile(),
            new BilingualRecognizer(), clock, DealerTimeZone.Default);
        _dialogs = new DealershipDialogs(services).Build();
        await RunBookingAsync();
        if (workshop.Bookings != 1)
        {
            throw new InvalidOperationException("The benchmark's booking did not end in a booked appointment; the script no longer matches the dialogs.");
        }
    }

    [Benchmark(OperationsPerInvoke = 6)]
    public Task<DialogTurnStatus> BookingTurn() => RunBookingAsync();

    private async Task<DialogTurnStatus> RunBookingAsync()
    {
        var stored = JsonSerializer.SerializeToUtf8Bytes(new ConversationState(), HubJsonContext.Default.ConversationState);
        var status = DialogTurnStatus.Empty;
        var id = 0;
        foreach (var text in Messages)
        {
            var state = JsonSerializer.Deserialize(stored, HubJsonContext.Default.ConversationState)!;
            var turn = new BenchmarkTurn(Key, Activity.CreateMessage(text, "zh-CN") with
            {
                Id = $"m{id++}",
                ChannelId = Key.Channel,
                From = new ChannelAccount { Id = Key.UserId, Role = "user" },
                Recipient = new ChannelAccount { Id = "contacthub", Role = "bot" },
                Conversation = new ConversationAccount { Id = Key.UserId },
            });
            status = (await DialogRunner.RunAsync(_dialogs, DealershipDialogs.RootId, turn, state.Dialogs, CancellationToken.None)).Status;
            stored = JsonSerializer.SerializeToUtf8Bytes(state, HubJsonContext.Default.ConversationState);
            foreach (var reply in turn.Replies)
            {
                JsonSerializer.SerializeToUtf8Bytes(reply, ChannelJsonContext.Default.Activity);
            }
        }

        return status;
    }
}
