using ContactHub.Channels;

namespace ContactHub.Hub.WeChat;

/// <summary>The turn a push starts: the activity the bot sees, and replies to send after the turn's own.</summary>
public sealed record WeChatTurnPlan(Activity Activity, IReadOnlyList<Activity> ExtraReplies);
