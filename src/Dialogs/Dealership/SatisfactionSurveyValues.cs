using System.Text.Json.Serialization;
using ContactHub.Channels;
using ContactHub.Dialogs.Ports;

namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// Begin options and memory of <see cref="SatisfactionSurveyDialog"/>. A caller sets the <c>init</c> properties: the
/// kind, the customer (looked up from the conversation when absent) and the visit or purchase the survey follows. A
/// campaign's invitation that the customer answered with a bare score passes that reply as <see cref="FirstAnswer"/>.
/// </summary>
public sealed record SatisfactionSurveyValues
{
    public SurveyKind Kind { get; init; } = SurveyKind.Service;

    public long? CustomerId { get; init; }

    /// <summary>The car bought (sales survey) or serviced.</summary>
    public long? VehicleId { get; init; }

    public long? ServiceVisitId { get; init; }

    /// <summary>The customer's message that is already the answer to the first question (intent survey.score).</summary>
    public string? FirstAnswer { get; set; }

    public long? SurveyId { get; set; }

    /// <summary>Index of the question being asked.</summary>
    public int Question { get; set; }

    public int? Nps { get; set; }

    public string? Comment { get; set; }

    /// <summary>"overall 1", "nps 3": the answers that make this an unhappy customer, for the complaint or the agent.</summary>
    [JsonConverter(typeof(StandaloneJsonConverter<List<string>>))]
    public List<string> LowScores { get; init; } = [];
}
