namespace ContactHub.Hub.WeChat;

/// <summary>
/// Where <see cref="WeChatAccessToken"/> shares the token between hub instances (reference §1.7 "中控服务器"), and the
/// lock that lets one instance refresh it while the others wait.
/// </summary>
public interface IWeChatTokenStore
{
    /// <returns>The shared token and how long it may still be used, or null when there is none.</returns>
    Task<(string Token, TimeSpan Remaining)?> GetAsync(CancellationToken cancellationToken);

    Task SetAsync(string token, TimeSpan usableFor, CancellationToken cancellationToken);

    /// <summary>Drops the shared token only if it is still <paramref name="staleToken"/>: another instance may have refreshed it already.</summary>
    Task RemoveAsync(string staleToken, CancellationToken cancellationToken);

    Task<bool> TryLockAsync(string owner, TimeSpan lease, CancellationToken cancellationToken);

    Task UnlockAsync(string owner, CancellationToken cancellationToken);
}
