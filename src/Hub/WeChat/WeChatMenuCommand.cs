namespace ContactHub.Hub.WeChat;

/// <summary>Runs <c>dotnet run --project src/Hub -- wechat publish-menu</c> against the configured Official Account.</summary>
public static class WeChatMenuCommand
{
    /// <summary>Exit code 0 when WeChat took the menu, 1 when the menu or WeChat refused, 2 for a usage error.</summary>
    public static async Task<int> RunWeChatCommandAsync(this WebApplication app, WeChatCommandLine command)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(command);
        if (command.Error is not null)
        {
            await Console.Error.WriteLineAsync(command.Error);
            return 2;
        }

        IReadOnlyList<string>? problems;
        try
        {
            problems = await app.Services.GetRequiredService<WeChatMenuPublisher>().PublishAsync(CancellationToken.None);
        }
        catch (HttpRequestException ex)
        {
            problems = [$"WeChat could not be reached: {ex.Message}"];
        }

        foreach (var problem in problems ?? [])
        {
            await Console.Error.WriteLineAsync(problem);
        }

        if (problems is not null)
        {
            return 1;
        }

        await Console.Out.WriteLineAsync("WeChat custom menu published.");
        return 0;
    }
}
