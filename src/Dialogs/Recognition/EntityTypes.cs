namespace ContactHub.Dialogs.Recognition;

/// <summary>The entity types the built-in recognizer finds, and the form of each one's normalised value.</summary>
public static class EntityTypes
{
    /// <summary>"2026-11-28T15:00:00+08:00" in the dealer's time zone, or "2026-11-28" when no time was said.</summary>
    public const string DateTime = "datetime";

    /// <summary>Invariant decimal: "30000", "3.5".</summary>
    public const string Number = "number";

    /// <summary>Upper case without separator: "京A12345", "粤BD12345".</summary>
    public const string Plate = "plate";

    /// <summary>17 upper-case characters whose check digit (position 9) is valid.</summary>
    public const string Vin = "vin";

    /// <summary>E.164: "+8613812345678".</summary>
    public const string Mobile = "mobile";

    /// <summary>"TS-20261127-0001".</summary>
    public const string Ticket = "ticket";

    /// <summary>A survey answer as an integer: 1–5 for a rating, 0–10 for NPS.</summary>
    public const string Score = "score";
}
