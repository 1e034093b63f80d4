namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// The main menu's waterfall memory: whether the customer has already been greeted in this visit, how many messages
/// in a row it has not understood, and whether it has just offered a person.
/// </summary>
public sealed record MainMenuValues
{
    public bool Returning { get; init; }

    public int Misunderstood { get; init; }

    public bool OfferedPerson { get; set; }
}
