using System.Globalization;
using ContactHub.Channels.WeChat;

namespace ContactHub.Hub.WeChat;

/// <summary>
/// The access token for every WeChat API call (reference §1.7, issue 4): fetched with stable_token, shared by all hub
/// instances through <see cref="IWeChatTokenStore"/>, refreshed by one instance at a time before it expires, and kept in
/// process in front of the store. The token is never logged: the HTTP client has no request logging and this class
/// never writes the value anywhere but the store.
/// </summary>
public sealed class WeChatAccessToken(
    IWeChatTokenStore store, IHttpClientFactory httpClients, WeChatOptions options, TimeProvider clock, ILogger<WeChatAccessToken> logger)
    : IDisposable
{
    public const string HttpClientName = "wechat";

    /// <summary>Refresh this long before WeChat's expiry; stable_token renews 5 min ahead and keeps both valid (§1.7).</summary>
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan LockLease = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset Until)? _local;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (Local() is { } token)
        {
            return token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return Local() ?? await FromStoreOrRefreshAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>WeChat answered 40001/40014/42001 for <paramref name="staleToken"/>: forget it here and in the store.</summary>
    public async Task InvalidateAsync(string staleToken, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_local?.Token == staleToken)
            {
                _local = null;
            }

            await store.RemoveAsync(staleToken, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// One API call with the cached token; on 40001/40014/42001 the token is invalidated, refreshed once and the call
    /// retried once (reference §1.7). A second refusal is the caller's answer: refreshing again would loop.
    /// </summary>
    public async Task<WeChatApiError> CallAsync(Func<string, Task<WeChatApiError>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var token = await GetAsync(cancellationToken);
        var answer = await call(token);
        if (!answer.IsTokenInvalid)
        {
            return answer;
        }

        await InvalidateAsync(token, cancellationToken);
        return await call(await GetAsync(cancellationToken));
    }

    public void Dispose() => _gate.Dispose();

    private string? Local() => _local is { } local && clock.GetUtcNow() < local.Until ? local.Token : null;

    private async Task<string> FromStoreOrRefreshAsync(CancellationToken cancellationToken)
    {
        var owner = Guid.NewGuid().ToString("N");
        var giveUp = clock.GetUtcNow() + (LockLease * 2);
        while (true)
        {
            if (await store.GetAsync(cancellationToken) is { } shared)
            {
                return Remember(shared.Token, shared.Remaining);
            }

            if (await store.TryLockAsync(owner, LockLease, cancellationToken))
            {
                try
                {
                    // Another instance may have stored a token between our read and our lock.
                    return await store.GetAsync(cancellationToken) is { } stored
                        ? Remember(stored.Token, stored.Remaining)
                        : await RefreshAsync(cancellationToken);
                }
                finally
                {
                    await store.UnlockAsync(owner, CancellationToken.None);
                }
            }

            if (clock.GetUtcNow() > giveUp)
            {
                throw new TimeoutException("No WeChat access token: another instance holds the refresh lock and stored none.");
            }

            await Task.Delay(PollInterval, clock, cancellationToken);
        }
    }

    private async Task<string> RefreshAsync(CancellationToken cancellationToken)
    {
        var api = new WeChatApiClient(httpClients.CreateClient(HttpClientName), options);
        var answer = await api.GetStableTokenAsync(cancellationToken);
        if (!answer.IsOk)
        {
            // answer.ToString() leaves the token out.
            throw new HttpRequestException($"WeChat stable_token refused: {answer}");
        }

        var lifetime = TimeSpan.FromSeconds(answer.ExpiresIn);
        var usable = lifetime > RefreshMargin * 2 ? lifetime - RefreshMargin : lifetime / 2;
        await store.SetAsync(answer.AccessToken, usable, cancellationToken);
        logger.LogInformation(
            "Fetched a WeChat access token for {AppId}, usable for {Seconds} s",
            options.AppId,
            ((int)usable.TotalSeconds).ToString(CultureInfo.InvariantCulture));
        return Remember(answer.AccessToken, usable);
    }

    private string Remember(string token, TimeSpan usable)
    {
        _local = (token, clock.GetUtcNow() + usable);
        return token;
    }
}
