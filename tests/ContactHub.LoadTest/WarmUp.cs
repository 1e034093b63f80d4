using System.Globalization;

namespace ContactHub.LoadTest;

/// <summary>How long a server was warmed up, and how many methods it jitted in the last window of it.</summary>
public sealed record WarmUp(TimeSpan Duration, long JittedInLastWindow)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"warmed up for {Duration.TotalSeconds:F0} s, {JittedInLastWindow} methods jitted in its last {SteadyState.Window.TotalSeconds:F0} s");
}
