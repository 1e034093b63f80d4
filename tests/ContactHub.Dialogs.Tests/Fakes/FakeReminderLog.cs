using ContactHub.Dialogs.Ports;

namespace ContactHub.Dialogs.Tests.Fakes;

public sealed class FakeReminderLog : IReminderLog
{
    public List<ReminderReply> Replies { get; } = [];

    public Task RecordAsync(ReminderReply reply, CancellationToken cancellationToken)
    {
        Replies.Add(reply);
        return Task.CompletedTask;
    }
}
