using ContactHub.Channels;
using ContactHub.Dialogs.Ports;

namespace ContactHub.Hub.Desk;

/// <summary>The customer panel, through the same ports the dialogs use.</summary>
public sealed class CustomerPanels(ICustomerDirectory directory, IComplaintDesk complaints, IAppointmentBook appointments)
{
    public Task<CustomerInfo?> FindCustomerAsync(ConversationKey key, CancellationToken cancellationToken) =>
        directory.FindByChannelIdentityAsync(key.Channel, key.UserId, cancellationToken);

    public async Task<DeskCustomerPanel> BuildAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var customer = await FindCustomerAsync(key, cancellationToken);
        if (customer is null)
        {
            return new DeskCustomerPanel(null, [], null, [], []);
        }

        var vehicles = await directory.GetVehiclesAsync(customer.Id, cancellationToken);
        return new DeskCustomerPanel(
            customer,
            vehicles,
            vehicles.Max(v => v.LastServiceDate),
            await complaints.ListOpenAsync(customer.Id, cancellationToken),
            await appointments.ListUpcomingAsync(customer.Id, cancellationToken));
    }
}
