using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records.Import;

/// <summary>
/// vehicles.csv: vin, plate, model, owner_mobile, purchase_date, delivery_date, odometer, last_service_date,
/// last_service_odometer. Upserts by VIN; the owner must already be a customer.
/// </summary>
public sealed class VehicleRowImporter : IRowImporter
{
    public ImportKind Kind => ImportKind.Vehicles;

    public IReadOnlyList<string> RequiredColumns { get; } = ["vin", "plate", "model"];

    public async Task ApplyAsync(RecordsDbContext db, CsvRow row, CancellationToken cancellationToken)
    {
        var vin = row.Required("vin").ToUpperInvariant();
        if (!VinNumber.IsValid(vin))
        {
            throw new RowException($"vin '{vin}' is not a valid VIN (17 characters, check digit {(vin.Length == 17 ? VinNumber.CheckDigit(vin) : '?')} expected at position 9)");
        }

        long? ownerId = null;
        if (row["owner_mobile"] is { } ownerText)
        {
            var mobile = MobileNumber.Normalize(ownerText) ?? throw new RowException($"owner_mobile '{ownerText}' is not a valid mobile number");
            ownerId = await db.Customers.Where(c => c.Mobile == mobile).Select(c => (long?)c.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new RowException($"no customer has mobile {mobile}; import customers first");
        }

        var (plate, model) = (row.Required("plate"), row.Required("model"));
        var (purchase, delivery, odometer) = (row.Date("purchase_date"), row.Date("delivery_date"), row.Int("odometer"));
        var (lastService, lastServiceOdometer) = (row.Date("last_service_date"), row.Int("last_service_odometer"));
        var vehicle = await db.Vehicles.FirstOrDefaultAsync(v => v.Vin == vin, cancellationToken);
        if (vehicle is null)
        {
            vehicle = new Model.Vehicle { Vin = vin, Plate = plate, Model = model };
            db.Vehicles.Add(vehicle);
        }

        (vehicle.Plate, vehicle.Model) = (plate, model);
        vehicle.CustomerId = ownerId ?? vehicle.CustomerId;
        vehicle.PurchaseDate = purchase ?? vehicle.PurchaseDate;
        vehicle.DeliveryDate = delivery ?? vehicle.DeliveryDate;
        vehicle.Odometer = odometer ?? vehicle.Odometer;
        vehicle.LastServiceDate = lastService ?? vehicle.LastServiceDate;
        vehicle.LastServiceOdometer = lastServiceOdometer ?? vehicle.LastServiceOdometer;
    }
}
