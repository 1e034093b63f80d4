namespace ContactHub.Dialogs.Dealership;

/// <summary><see cref="FaqDialog"/>'s options: the topic asked about.</summary>
public sealed record FaqValues
{
    public FaqTopic Topic { get; set; }
}
