namespace ContactHub.Hub.Records.Import;

/// <summary>What a CSV file holds (docs/csv-import.md).</summary>
public enum ImportKind
{
    Customers = 0,
    Vehicles = 1,
    Visits = 2,
}
