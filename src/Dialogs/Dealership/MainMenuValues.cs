namespace ContactHub.Dialogs.Dealership;

/// <summary>The main menu's waterfall memory: whether the customer has already been greeted in this visit.</summary>
public sealed record MainMenuValues
{
    public bool Returning { get; init; }
}
