using ContactHub.Hub.Campaigns;

namespace ContactHub.Hub.Api;

/// <summary>Checks a campaign definition and says, per field, what is wrong (a 400 ValidationProblem names the field).</summary>
public static class CampaignDefinitionValidation
{
    public const int MaxDays = 365;
    public const int MaxNameLength = 200;
    public const int MaxMessageLength = 500;
    private static readonly string[] Locales = ["zh-CN", "en"];

    public static (CampaignDefinition? Definition, Dictionary<string, string[]> Errors) Validate(CreateCampaignRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > MaxNameLength)
        {
            errors["name"] = [$"A campaign needs a name of 1 to {MaxNameLength} characters."];
        }

        if (!ApiNames.TryParse<CampaignKind>(request.Kind, out var kind))
        {
            errors["kind"] = [$"'{request.Kind}' is not one of: {ApiNames.AllOf<CampaignKind>()}."];
        }

        Days(errors, "leadDays", request.LeadDays);
        Days(errors, "delayDays", request.DelayDays);
        if (errors.ContainsKey("kind"))
        {
            return (null, errors);
        }

        if (kind == CampaignKind.EventInvitation)
        {
            EventFields(errors, request, today);
        }
        else
        {
            NotForKind(errors, kind, "segment", request.Segment is not null);
            NotForKind(errors, kind, "eventDate", request.EventDate is not null);
            NotForKind(errors, kind, "message", request.Message is not null);
        }

        return errors.Count > 0 ? (null, errors) : (new CampaignDefinition
        {
            Name = request.Name!.Trim(),
            Kind = kind,
            LeadDays = request.LeadDays,
            DelayDays = request.DelayDays,
            Segment = request.Segment,
            EventDate = request.EventDate,
            Message = request.Message,
        }, errors);
    }

    private static void EventFields(Dictionary<string, string[]> errors, CreateCampaignRequest request, DateOnly today)
    {
        if (request.Segment is not { } segment)
        {
            errors["segment"] = ["An event invitation needs a segment (models, lastVisitAfter/Before, purchasedAfter/Before; {} for every customer)."];
        }
        else if (segment.Models is { } models && models.Any(string.IsNullOrWhiteSpace))
        {
            errors["segment.models"] = ["Model names are not blank."];
        }
        else if (segment.LastVisitAfter >= segment.LastVisitBefore || segment.PurchasedAfter >= segment.PurchasedBefore)
        {
            errors["segment"] = ["Each '…After' date comes before its '…Before' date."];
        }

        if (request.Message is not { Count: > 0 } message || message.Values.All(string.IsNullOrWhiteSpace))
        {
            errors["message"] = ["An event invitation needs its text, e.g. {\"zh-CN\": \"…\", \"en\": \"…\"}."];
        }
        else if (message.Keys.FirstOrDefault(k => !Locales.Contains(k, StringComparer.Ordinal)) is { } locale)
        {
            errors["message"] = [$"'{locale}' is not a locale the hub speaks: zh-CN, en."];
        }
        else if (message.Values.Any(t => t.Length > MaxMessageLength))
        {
            errors["message"] = [$"An invitation text is at most {MaxMessageLength} characters."];
        }

        if (request.EventDate < today)
        {
            errors["eventDate"] = [$"The event's day {request.EventDate:yyyy-MM-dd} has passed."];
        }
    }

    private static void Days(Dictionary<string, string[]> errors, string field, int? days)
    {
        if (days is < 0 or > MaxDays)
        {
            errors[field] = [$"{days} is not between 0 and {MaxDays} days."];
        }
    }

    private static void NotForKind(Dictionary<string, string[]> errors, CampaignKind kind, string field, bool present)
    {
        if (present)
        {
            errors[field] = [$"Only event invitations take a {field}; a {ApiNames.Of(kind)} campaign does not."];
        }
    }
}
