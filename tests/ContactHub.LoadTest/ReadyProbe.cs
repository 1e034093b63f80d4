using System.Diagnostics;

namespace ContactHub.LoadTest;

/// <summary>Waits until a server this tool started says on its standard output that it is listening.</summary>
public static class ReadyProbe
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>Starts reading the process's output and completes when a line contains <paramref name="readyText"/>.</summary>
    public static Task WaitAsync(Process process, string readyText)
    {
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains(readyText, StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"the server exited during start-up with code {process.ExitCode}"));
        process.BeginOutputReadLine();
        return ready.Task.WaitAsync(Patience);
    }
}
