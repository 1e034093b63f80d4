using System.Diagnostics;

namespace ContactHub.LoadTest;

public static class ReadyProbe
{
    /// <summary>Polls a readiness URL until it answers 200; a tool waiting for a server it started, not a test.</summary>
    public static async Task WaitAsync(Uri url, Process process)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{url.Host}:{url.Port} exited during start-up with code {process.ExitCode}");
            }

            try
            {
                using var response = await http.GetAsync(url);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{url} was not ready within 60 s");
    }
}
