using ContactHub.Dialogs.Ports;

namespace ContactHub.Hub.Desk;

/// <summary>What the agent sees of the customer: null <paramref name="Customer"/> when the channel identity is not linked to a record.</summary>
public sealed record DeskCustomerPanel(
    CustomerInfo? Customer,
    IReadOnlyList<VehicleInfo> Vehicles,
    DateOnly? LastService,
    IReadOnlyList<ComplaintTicket> OpenComplaints,
    IReadOnlyList<AppointmentInfo> UpcomingAppointments);
