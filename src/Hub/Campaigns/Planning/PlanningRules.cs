namespace ContactHub.Hub.Campaigns.Planning;

/// <summary>The send rules of one run: its clock reading, the dealer's zone and quiet hours, and the weekly cap.</summary>
public sealed record PlanningRules(DateTimeOffset Now, TimeZoneInfo Zone, TimeOnly QuietStart, TimeOnly QuietEnd, int WeeklyCap);
