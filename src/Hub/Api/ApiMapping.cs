using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Records.Model;

namespace ContactHub.Hub.Api;

/// <summary>Entities to the API's DTOs, enums written as <see cref="ApiNames"/>.</summary>
public static class ApiMapping
{
    public static CustomerDto ToDto(this Customer c) => new(
        c.Id,
        c.Name,
        c.Mobile,
        c.WeChatOpenId,
        c.PreferredChannel,
        c.Language,
        [.. c.Consents.OrderBy(x => x.Purpose).Select(x => new ConsentDto(ApiNames.Of(x.Purpose), x.Granted, x.Source, x.At))]);

    public static VehicleDto ToDto(this Vehicle v, bool withVisits) => new(
        v.Id,
        v.CustomerId,
        v.Vin,
        v.Plate,
        v.Model,
        v.PurchaseDate,
        v.DeliveryDate,
        v.Odometer,
        v.LastServiceDate,
        v.LastServiceOdometer,
        withVisits ? [.. v.Visits.OrderByDescending(s => s.Date).Select(s => new ServiceVisitDto(s.Id, s.Date, ApiNames.Of(s.Type), s.Odometer, s.Advisor, s.WorkDone))] : null);

    public static AppointmentDto ToDto(this Appointment a) =>
        new(a.Id, a.CustomerId, a.VehicleId, ApiNames.Of(a.ServiceType), a.StartsAt, a.Bay, a.Advisor, ApiNames.Of(a.Status), a.SourceChannel);

    public static AppointmentDto ToDto(this AppointmentInfo a, string sourceChannel) =>
        new(a.Id, a.CustomerId, a.VehicleId, ApiNames.Of(a.ServiceType), a.Start, a.Bay, a.Advisor, ApiNames.Of(a.Status), sourceChannel);

    public static ComplaintDto ToDto(this Complaint c, bool withEvents) => new(
        c.TicketNumber,
        c.CustomerId,
        ApiNames.Of(c.Category),
        ApiNames.Of(c.Severity),
        ApiNames.Of(c.Status),
        c.Description,
        c.EscalatedToManufacturer,
        c.OpenedAt,
        c.SlaDueAt,
        c.ResolvedAt,
        withEvents ? [.. c.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new ComplaintEventDto(e.At, e.Author, e.Text, e.Status is { } s ? ApiNames.Of(s) : null))] : null);

    public static SurveyDto ToDto(this Survey s, bool withAnswers) => new(
        s.Id,
        s.CustomerId,
        ApiNames.Of(s.Kind),
        ApiNames.Of(s.Status),
        s.VehicleId,
        s.ServiceVisitId,
        s.Nps,
        s.Comment,
        s.StartedAt,
        s.CompletedAt,
        withAnswers ? [.. s.Answers.OrderBy(a => a.Id).Select(a => new SurveyAnswerInfo(a.QuestionId, a.Text, a.Score))] : null);
}
