using ContactHub.Channels;
using ContactHub.Dialogs.Runtime;
using ContactHub.Hub.State;

namespace ContactHub.Hub.Turns;

/// <summary>
/// One inbound activity on its way through the pipeline. Replies are collected, not sent: they leave through the
/// customer's channel only after the turn's state has been saved, so a turn retried after a version conflict
/// never sends anything twice.
/// </summary>
public sealed class TurnContext(ConversationKey key, Activity activity) : ITurnContext
{
    private readonly List<Activity> _replies = [];
    private ConversationState? _state;

    public Activity Activity { get; } = activity;

    public ConversationKey Key { get; } = key;

    public string Locale => TurnLocale.Resolve(Activity.Locale, State.Locale);

    /// <summary>The conversation's state: ConversationStateMiddleware sets the loaded one, so none is made up front.</summary>
    public ConversationState State
    {
        get => _state ??= new();
        set => _state = value;
    }

    /// <summary>The stored version the state was loaded at; 0 for a new conversation.</summary>
    public long Version { get; set; }

    public bool Duplicate { get; set; }

    /// <summary>The turn gate's admission of this turn (TurnGateMiddleware): its loaded state, and how it saves and releases.</summary>
    public ITurnPass? Pass { get; set; }

    public IReadOnlyList<Activity> Replies => _replies;

    /// <summary>What the channel said about each reply, in the order of <see cref="Replies"/>; set once they are sent.</summary>
    public IReadOnlyList<ChannelSendResult> Deliveries { get; set; } = [];

    /// <summary>Set once the turn has queued the conversation for an agent: from then on the bot says nothing more (issue 6).</summary>
    public bool Silenced { get; private set; }

    public void Silence() => Silenced = true;

    public Task SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (Silenced)
        {
            return Task.CompletedTask;
        }

        _replies.Add(Addressed(activity));
        return Task.CompletedTask;
    }

    /// <summary>
    /// The reply addressed along this turn's conversation. A reply made by <see cref="Activity.CreateReply(string)"/>
    /// is addressed already and is kept as it is: copying it would cost an Activity per reply (issue 8).
    /// </summary>
    private Activity Addressed(Activity activity)
    {
        var channelId = Activity.ChannelId;
        var conversation = activity.Conversation ?? Activity.Conversation;
        var from = activity.From ?? Activity.Recipient;
        var recipient = activity.Recipient ?? Activity.From;
        var replyToId = activity.ReplyToId ?? Activity.Id;
        var locale = activity.Locale ?? Locale;
        if (string.Equals(activity.ChannelId, channelId, StringComparison.Ordinal)
            && ReferenceEquals(activity.Conversation, conversation)
            && ReferenceEquals(activity.From, from)
            && ReferenceEquals(activity.Recipient, recipient)
            && ReferenceEquals(activity.ReplyToId, replyToId)
            && ReferenceEquals(activity.Locale, locale))
        {
            return activity;
        }

        return activity with
        {
            ChannelId = channelId,
            Conversation = conversation,
            From = from,
            Recipient = recipient,
            ReplyToId = replyToId,
            Locale = locale,
        };
    }

    /// <summary>What the dialogs last said about understanding this message; null when they said nothing.</summary>
    public bool? Understood { get; private set; }

    public void NoteUnderstanding(bool understood) => Understood = understood;

    /// <summary>Drops the replies of an attempt whose state save lost a version race (the turn runs again), or that a handoff replaces.</summary>
    public void DiscardReplies()
    {
        _replies.Clear();
        Understood = null;
        Silenced = false;
    }
}
