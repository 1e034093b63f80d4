namespace ContactHub.Dialogs.Ports;

/// <summary>Where a customer says the car was serviced when a reminder finds it already done.</summary>
public enum ServicedAt
{
    ThisDealer = 0,
    AnotherShop = 1,
}
