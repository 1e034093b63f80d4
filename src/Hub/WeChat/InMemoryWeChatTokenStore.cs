namespace ContactHub.Hub.WeChat;

/// <summary>One instance only: <see cref="WeChatAccessToken"/>'s own gate already makes the refresh single-flight.</summary>
public sealed class InMemoryWeChatTokenStore(TimeProvider clock) : IWeChatTokenStore
{
    private readonly Lock _gate = new();
    private (string Token, DateTimeOffset Until)? _token;

    public Task<(string Token, TimeSpan Remaining)?> GetAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            return Task.FromResult<(string, TimeSpan)?>(_token is { } t && t.Until > now ? (t.Token, t.Until - now) : null);
        }
    }

    public Task SetAsync(string token, TimeSpan usableFor, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _token = (token, clock.GetUtcNow() + usableFor);
        }

        return Task.CompletedTask;
    }

    public Task RemoveAsync(string staleToken, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_token?.Token == staleToken)
            {
                _token = null;
            }
        }

        return Task.CompletedTask;
    }

    public Task<bool> TryLockAsync(string owner, TimeSpan lease, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task UnlockAsync(string owner, CancellationToken cancellationToken) => Task.CompletedTask;
}
