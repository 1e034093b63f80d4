using System.Text.Json;
using System.Text.Json.Nodes;
using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Ports;

namespace ContactHub.Dialogs.Tests.Dealership;

/// <summary>
/// Waterfall values with lists and nested records read those as values of their own (StandaloneJsonConverter, issue 8).
/// Every such property filled in, they read and write the JSON the source generator stored before.
/// </summary>
public sealed class WaterfallValuesJsonTests
{
    private static readonly AppointmentInfo Appointment = new(
        7, 2, 21, "吉B12355", "宝来", ServiceType.Repair, new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.Zero), 3, AppointmentStatus.Confirmed, "王工");

    [Fact]
    public void BookingValuesWithEveryListAndTheAppointmentFilledReadAndWriteAsStoredBefore()
    {
        const string stored = """
            {"action":1,"customerId":2,"unverified":true,"vehicleId":21,"vehicle":"吉B***55 宝来","plate":"吉B12355",
             "vehicleIds":[21,22],"serviceType":2,"date":"2026-12-03","time":"09:30:00","timeInferred":true,
             "start":"2026-12-03T01:00:00+00:00","alternatives":["2026-12-03T02:00:00+00:00","2026-12-04T09:00:00+08:00"],
             "appointments":[{"id":7,"customerId":2,"vehicleId":21,"plate":"吉B12355","model":"宝来","serviceType":2,
               "start":"2026-12-03T01:00:00+00:00","bay":3,"status":1,"advisor":"王工"},{"id":8,"customerId":2,"vehicleId":22,
               "plate":"吉B00001","model":"速腾","serviceType":1,"start":"2026-12-05T01:00:00+00:00","bay":1,"status":0,"advisor":null}],
             "appointment":{"id":7,"customerId":2,"vehicleId":21,"plate":"吉B12355","model":"宝来","serviceType":2,
               "start":"2026-12-03T01:00:00+00:00","bay":3,"status":1,"advisor":"王工"}}
            """;

        var values = JsonSerializer.Deserialize(stored, DealershipJsonContext.Default.BookAppointmentValues)!;

        Assert.Equal([21L, 22L], values.VehicleIds);
        Assert.Equal([Appointment.Start.AddHours(1), new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(8))], values.Alternatives);
        Assert.Equal(
            [Appointment, Appointment with { Id = 8, VehicleId = 22, Plate = "吉B00001", Model = "速腾", ServiceType = ServiceType.RegularMaintenance, Start = Appointment.Start.AddDays(2), Bay = 1, Status = AppointmentStatus.Booked, Advisor = null }],
            values.Appointments);
        Assert.Equal(Appointment, values.Appointment);
        Assert.Equal(("吉B12355", ServiceType.Repair, new TimeOnly(9, 30)), (values.Plate, values.ServiceType, values.Time));
        AssertSameJson(stored, JsonSerializer.Serialize(values, DealershipJsonContext.Default.BookAppointmentValues));
    }

    [Fact]
    public void BookingValuesWithEmptyAndNullListsReadAsStored()
    {
        var values = JsonSerializer.Deserialize(
            """{"vehicleIds":[],"alternatives":null,"appointments":[],"appointment":null,"vehicle":"x"}""", DealershipJsonContext.Default.BookAppointmentValues)!;

        Assert.Empty(values.VehicleIds);
        Assert.Null(values.Alternatives);
        Assert.Empty(values.Appointments);
        Assert.Null(values.Appointment);
        Assert.Equal("x", values.Vehicle);
    }

    [Fact]
    public void SlotValuesWithOfferedSlotsReadAndWriteAsStoredBefore()
    {
        const string stored = """
            {"date":"2026-12-03","time":null,"timeInferred":false,"offeredSlots":["2026-12-03T09:00:00\u002B08:00","2026-12-03T10:00:00+08:00"],
             "currentStart":"2026-12-01T02:00:00+00:00"}
            """;

        var values = JsonSerializer.Deserialize(stored, DealershipJsonContext.Default.ChooseSlotValues)!;

        var nine = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal([nine, nine.AddHours(1)], values.OfferedSlots);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero), values.CurrentStart);
        AssertSameJson(stored, JsonSerializer.Serialize(values, DealershipJsonContext.Default.ChooseSlotValues));
    }

    [Fact]
    public void SurveyValuesWithLowScoresReadAndWriteAsStoredBefore()
    {
        const string stored = """
            {"kind":0,"customerId":3,"vehicleId":null,"serviceVisitId":9,"firstAnswer":"2","surveyId":11,"question":2,"nps":3,
             "comment":"等太久","lowScores":["overall 1","nps 3"]}
            """;

        var values = JsonSerializer.Deserialize(stored, CareJsonContext.Default.SatisfactionSurveyValues)!;

        Assert.Equal(["overall 1", "nps 3"], values.LowScores, StringComparer.Ordinal);
        Assert.Equal((SurveyKind.Sales, 3, "等太久"), (values.Kind, values.Nps, values.Comment));
        AssertSameJson(stored, JsonSerializer.Serialize(values, CareJsonContext.Default.SatisfactionSurveyValues));
    }

    private static void AssertSameJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), actual);
}
