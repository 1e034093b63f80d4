using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records.Import;

/// <summary>
/// visits.csv: vin, date, type, odometer, advisor, work_done. The vehicle must exist; a second row for the same
/// vehicle, date and type updates the visit. The vehicle's last service date and odometer follow its latest visit.
/// </summary>
public sealed class VisitRowImporter : IRowImporter
{
    public ImportKind Kind => ImportKind.Visits;

    public IReadOnlyList<string> RequiredColumns { get; } = ["vin", "date", "type"];

    public async Task ApplyAsync(RecordsDbContext db, CsvRow row, CancellationToken cancellationToken)
    {
        var vin = row.Required("vin").ToUpperInvariant();
        var date = row.Date("date") ?? throw new RowException("date is required");
        if (!ServiceTypeNames.TryParse(row["type"], out var type))
        {
            throw new RowException($"type '{row["type"]}' must be one of 首保/常规保养/维修/钣金喷漆/检测/其他");
        }

        var odometer = row.Int("odometer");
        var vehicle = await db.Vehicles.Include(v => v.Visits).FirstOrDefaultAsync(v => v.Vin == vin, cancellationToken)
            ?? throw new RowException($"no vehicle has VIN {vin}; import vehicles first");
        var visit = vehicle.Visits.FirstOrDefault(v => v.Date == date && v.Type == type);
        if (visit is null)
        {
            visit = new Model.ServiceVisit { Date = date, Type = type };
            vehicle.Visits.Add(visit);
        }

        (visit.Odometer, visit.Advisor, visit.WorkDone) = (odometer, row["advisor"], row["work_done"]);
        if (vehicle.LastServiceDate is null || date >= vehicle.LastServiceDate)
        {
            (vehicle.LastServiceDate, vehicle.LastServiceOdometer) = (date, odometer ?? vehicle.LastServiceOdometer);
        }

        if (odometer > (vehicle.Odometer ?? 0))
        {
            vehicle.Odometer = odometer;
        }
    }
}
