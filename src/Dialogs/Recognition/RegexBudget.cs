namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// The match timeout of every pattern we run over customer text. None of them backtracks catastrophically, so the
/// timeout is only a guard; it is wall-clock time, so it must be long enough for a loaded 2-core host that deschedules
/// a turn's thread (200 ms made recognition throw under load), and short enough that a bad pattern cannot hang a turn.
/// </summary>
public static class RegexBudget
{
    public const int Milliseconds = 2000;
}
