using ContactHub.Dialogs.Ports;

namespace ContactHub.Benchmarks.Booking;

/// <summary>The booking never records a reminder reply; the dialogs only need the port to exist.</summary>
public sealed class BenchmarkReminderLog : IReminderLog
{
    public Task RecordAsync(ReminderReply reply, CancellationToken cancellationToken) => Task.CompletedTask;
}
