using System.Text.Json;
using ContactHub.Channels;
using ContactHub.Dialogs.Runtime;
using ContactHub.Hub.Bot;
using ContactHub.Hub.State;
using ContactHub.Hub.Turns;

namespace ContactHub.Hub.Campaigns.Delivery;

/// <summary>
/// Writes a campaign message into the customer's conversation the way a turn would: under the conversation's lock,
/// loading and saving its state once with compare-and-set. A reminder or survey begins its dialog there and the
/// dialog's first replies are the message, so the customer's next message continues in that dialog. A conversation
/// that is with an agent is not taken from them: its dialogs are left alone and only the text is produced.
/// </summary>
public sealed class CampaignConversationSeeder(
    ITurnLock turnLock,
    IConversationStore store,
    BotDialogs dialogs,
    TimeProvider clock)
{
    private const int MaxAttempts = 3;

    /// <summary>Seeds <paramref name="key"/> and returns the activities to send, each carrying <paramref name="channelData"/>.</summary>
    public async Task<IReadOnlyList<Activity>> SeedAsync(
        ConversationKey key, CampaignOpening opening, string locale, JsonElement? channelData, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opening);
        if (opening.Text is { } text)
        {
            var plain = new TurnContext(key, Trigger(key, locale));
            await plain.SendTextAsync(text, cancellationToken);
            return WithChannelData(plain.Replies, channelData);
        }

        await using var held = await turnLock.AcquireAsync(key, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var (state, version) = await store.LoadAsync(key, cancellationToken);
            var turn = new TurnContext(key, Trigger(key, locale)) { State = state, Version = version };
            state.Locale ??= locale;
            if (state.Mode == ConversationMode.Bot)
            {
                await DialogRunner.BeginAsync(dialogs.Set, opening.DialogId!, opening.Options, turn, state.Dialogs, cancellationToken);
            }
            else
            {
                await DialogRunner.BeginAsync(dialogs.Set, opening.DialogId!, opening.Options, turn, new DialogState(), cancellationToken);
            }

            state.LastActivityAt = clock.GetUtcNow();
            if (await store.SaveAsync(key, state, version, cancellationToken))
            {
                return WithChannelData(turn.Replies, channelData);
            }

            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"Conversation {key} kept changing while a campaign message was seeded.");
            }
        }
    }

    private static Activity[] WithChannelData(IReadOnlyList<Activity> replies, JsonElement? channelData) =>
        [.. replies.Select(r => r with { ChannelData = channelData })];

    /// <summary>The turn a campaign message is the answer to: an event from the customer's side that nobody sent.</summary>
    private static Activity Trigger(ConversationKey key, string locale) => new()
    {
        Type = ActivityTypes.Event,
        Name = "campaign",
        ChannelId = key.Channel,
        From = new ChannelAccount { Id = key.UserId, Role = "user" },
        Recipient = new ChannelAccount { Id = "contacthub", Role = "bot" },
        Conversation = new ConversationAccount { Id = key.UserId },
        Locale = locale,
    };
}
