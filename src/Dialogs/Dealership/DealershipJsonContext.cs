using System.Text.Json.Serialization;

namespace ContactHub.Dialogs.Dealership;

/// <summary>Source-generated JSON for the dealership dialogs' waterfall values and options.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(MainMenuValues))]
[JsonSerializable(typeof(BookAppointmentValues))]
[JsonSerializable(typeof(ChooseSlotValues))]
[JsonSerializable(typeof(FaqValues))]
[JsonSerializable(typeof(MaintenanceReminderValues))]
public sealed partial class DealershipJsonContext : JsonSerializerContext;
