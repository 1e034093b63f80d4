using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Records.Model;

namespace ContactHub.Hub.Records;

/// <summary>Entities to the port DTOs that the dialogs see.</summary>
public static class RecordsMapping
{
    public static CustomerInfo ToInfo(this Customer c) =>
        new(c.Id, c.Name, c.Mobile, c.WeChatOpenId, c.PreferredChannel, c.Language);

    public static VehicleInfo ToInfo(this Vehicle v) =>
        new(v.Id, v.Vin, v.Plate, v.Model, v.DeliveryDate, v.Odometer, v.LastServiceDate, v.LastServiceOdometer);

    public static AppointmentInfo ToInfo(this Appointment a) =>
        new(a.Id, a.CustomerId, a.VehicleId, a.Vehicle?.Plate ?? "", a.Vehicle?.Model ?? "", a.ServiceType, a.StartsAt, a.Bay, a.Status, a.Advisor);

    public static ComplaintTicket ToTicket(this Complaint c) => new(
        c.TicketNumber,
        c.Category,
        c.Severity,
        c.Status,
        c.EscalatedToManufacturer,
        c.OpenedAt,
        c.SlaDueAt,
        [.. c.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new ComplaintEventInfo(e.At, e.Author, e.Text, e.Status))]);

    public static SurveyInfo ToInfo(this Survey s) => new(
        s.Id,
        s.CustomerId,
        s.Kind,
        s.Status,
        s.VehicleId,
        s.ServiceVisitId,
        s.Nps,
        s.Comment,
        [.. s.Answers.OrderBy(a => a.Id).Select(a => new SurveyAnswerInfo(a.QuestionId, a.Text, a.Score))]);
}
