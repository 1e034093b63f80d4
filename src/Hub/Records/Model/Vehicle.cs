namespace ContactHub.Hub.Records.Model;

public sealed class Vehicle
{
    public long Id { get; set; }

    public long? CustomerId { get; set; }

    public Customer? Customer { get; set; }

    public required string Vin { get; set; }

    public required string Plate { get; set; }

    public required string Model { get; set; }

    public DateOnly? PurchaseDate { get; set; }

    public DateOnly? DeliveryDate { get; set; }

    /// <summary>Kilometres, as last reported.</summary>
    public int? Odometer { get; set; }

    public DateOnly? LastServiceDate { get; set; }

    public int? LastServiceOdometer { get; set; }

    public List<ServiceVisit> Visits { get; set; } = [];
}
