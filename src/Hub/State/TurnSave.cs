namespace ContactHub.Hub.State;

/// <param name="Saved">False on a version conflict; nothing was written then.</param>
/// <param name="Current">After a conflict, the newer state that is stored (what the turn must run on again).</param>
public readonly record struct TurnSave(bool Saved, VersionedState Current)
{
    public static TurnSave Done => new(true, default);

    public static TurnSave Conflict(VersionedState current) => new(false, current);
}
