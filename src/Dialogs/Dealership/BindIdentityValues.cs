namespace ContactHub.Dialogs.Dealership;

/// <summary>Begin options and memory of <see cref="BindIdentityDialog"/>: the mobile (E.164), when already known (the recognizer's mobile entity).</summary>
public sealed record BindIdentityValues
{
    public string? Mobile { get; set; }
}
