using System.Collections.Concurrent;
using ContactHub.Channels;
using ContactHub.Hub.Desk;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactHub.Hub.Tests.Desk;

/// <summary>A desk page's socket: the SignalR client on /hubs/desk with the agent's cookie, over the test server.</summary>
public sealed class DeskPage : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly DeskHost _host;
    private readonly string _agent;
    private readonly ConcurrentDictionary<ConversationKey, TaskCompletionSource> _waiting = new();

    private DeskPage(HubConnection connection, DeskHost host, string agent)
    {
        _connection = connection;
        _host = host;
        _agent = agent;
        _connection.On<string, string>(DeskNotifier.ConversationChanged, (channel, userId) =>
        {
            if (_waiting.TryRemove(new ConversationKey(channel, userId), out var waiter))
            {
                waiter.TrySetResult();
            }
        });
    }

    public static async Task<DeskPage> ConnectAsync(DeskHost host, DeskClient signedIn)
    {
        var baseAddress = signedIn.Http.BaseAddress!;
        var cookies = signedIn.CookieHeader;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hubs/desk"), o =>
            {
                o.Transports = HttpTransportType.LongPolling;
                o.HttpMessageHandlerFactory = _ => host.Server.CreateHandler();
                o.Headers["Cookie"] = cookies;
            })
            .Build();
        var page = new DeskPage(connection, host, signedIn.UserName!);
        // The hub announces a connection to every page (this one too) once it has counted the agent online; the
        // handshake alone completes before that.
        var counted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = connection.On(DeskNotifier.AgentsChanged, () => counted.TrySetResult());
        await connection.StartAsync();
        await counted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return page;
    }

    /// <summary>Completes when the server says this conversation changed; register before causing the change.</summary>
    public Task NextChange(ConversationKey key) =>
        _waiting.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Closes the socket and waits until the hub counts the agent offline again.</summary>
    public async ValueTask DisposeAsync()
    {
        var offline = _host.Presence.WhenOfflineAsync(_agent, TimeSpan.FromSeconds(10));
        await _connection.DisposeAsync();
        await offline;
    }
}
