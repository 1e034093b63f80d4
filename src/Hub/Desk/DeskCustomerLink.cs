using ContactHub.Channels;
using ContactHub.Dialogs.Ports;
using ContactHub.Hub.State;

namespace ContactHub.Hub.Desk;

/// <summary>
/// The agent working a conversation links it to the customer record the customer names by mobile (a web chat
/// visitor is anonymous until then). From then on the panel shows their profile and a close can survey them.
/// </summary>
public sealed class DeskCustomerLink(DeskConversations conversations, ICustomerDirectory customers, DeskAudit audit, DeskNotifier notifier)
{
    public async Task<DeskActionResult> LinkAsync(DeskUser user, ConversationKey key, string mobile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var state = await conversations.ReadAsync(key, cancellationToken);
        if (state.Mode != ConversationMode.Agent || (state.Handoff?.Agent != user.UserName && !user.SeesEverything))
        {
            return DeskActionResult.Forbidden;
        }

        if (await customers.FindByMobileAsync(mobile, cancellationToken) is not { } customer)
        {
            return DeskActionResult.NoSuchCustomer;
        }

        await customers.LinkChannelIdentityAsync(customer.Id, key.Channel, key.UserId, cancellationToken);
        await audit.WriteAsync(user.UserName, "link-customer", key, $"customer {customer.Id}", cancellationToken);
        await notifier.ConversationChangedAsync(key, cancellationToken);
        return DeskActionResult.Done;
    }
}
