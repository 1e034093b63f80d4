namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// Reads a customer's message into an intent and entities. <paramref name="now"/> anchors relative dates
/// (明天, "next Tuesday"); pass the turn's clock, so tests and replays are deterministic.
/// </summary>
public interface IRecognizer
{
    RecognizerResult Recognize(string? text, string? locale, DateTimeOffset now);
}
