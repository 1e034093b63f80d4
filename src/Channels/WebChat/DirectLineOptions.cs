namespace ContactHub.Channels.WebChat;

/// <summary>Configuration section <c>DirectLine</c>.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>Grants every conversation and signs tokens; never sent to a browser. Required outside Development.</summary>
    public string? Secret { get; set; }

    /// <summary>directlinejs refreshes every lifetime/2 assuming 30 minutes, so never issue less (§3.3).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromSeconds(1800);

    /// <summary>How often an idle WebSocket gets an empty keep-alive frame (§3.2).</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A posted activity body larger than this is refused with 413.</summary>
    public int MaxActivityBytes { get; set; } = 64 * 1024;

    /// <summary>A posted message whose text is longer than this is refused with 413.</summary>
    public int MaxTextLength { get; set; } = 8000;

    /// <summary>Activities kept per conversation log; older ones are trimmed (clients page history with GET).</summary>
    public int MaxLogLength { get; set; } = 1000;

    public string BotId { get; set; } = "contacthub";

    public string BotName { get; set; } = "ContactHub";

    public string DefaultLocale { get; set; } = "zh-CN";
}
