using System.Diagnostics;

namespace ContactHub.CampaignBench;

/// <summary>Runs a program to completion and returns its output, or throws with what it said.</summary>
public static class BenchProcess
{
    public static string Run(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {output}{error.Result}");
        }

        return output;
    }

    /// <summary>This program again, in another mode (so the measured run's peak memory is its own, not the loader's).</summary>
    public static string RunSelf(params string[] args)
    {
        var self = Environment.ProcessPath!;
        return Path.GetFileNameWithoutExtension(self) == "dotnet"
            ? Run(self, [typeof(BenchProcess).Assembly.Location, .. args])
            : Run(self, args);
    }
}
