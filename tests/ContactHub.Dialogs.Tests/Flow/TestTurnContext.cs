using ContactHub.Channels;
using ContactHub.Dialogs.Runtime;

namespace ContactHub.Dialogs.Tests.Flow;

/// <summary>The turn as the Hub would build it: one inbound activity, replies collected in order.</summary>
public sealed class TestTurnContext(Activity activity, string locale) : ITurnContext
{
    public static readonly ConversationKey TestKey = new("test", "user-1");

    public Activity Activity { get; } = activity;

    public ConversationKey Key => TestKey;

    public string Locale { get; } = locale;

    public List<Activity> Replies { get; } = [];

    /// <summary>What the dialogs last said about understanding this turn's message (<see cref="ITurnContext.NoteUnderstanding"/>).</summary>
    public bool? Understood { get; private set; }

    public void NoteUnderstanding(bool understood) => Understood = understood;

    public static TestTurnContext Message(string text, string locale = DialogLocale.Chinese) => new(UserMessage(text, locale), locale);

    public static Activity UserMessage(string text, string locale) => Activity.CreateMessage(text, locale) with
    {
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = TestKey.Channel,
        From = new ChannelAccount { Id = TestKey.UserId, Role = "user" },
        Recipient = new ChannelAccount { Id = "bot", Role = "bot" },
        Conversation = new ConversationAccount { Id = TestKey.UserId },
    };

    public Task SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        Replies.Add(activity);
        return Task.CompletedTask;
    }
}
