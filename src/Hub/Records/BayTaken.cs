namespace ContactHub.Hub.Records;

/// <summary>What one attempt to take a bay of a slot came to.</summary>
internal enum BayTaken
{
    Yes,
    SlotFull,
    LostRace,
}
