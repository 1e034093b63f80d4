using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ContactHub.Tests.Http;

/// <summary>
/// Kestrel on 127.0.0.1, on a port the OS picks, serving one request delegate: the transport of the loopback fakes of
/// far-side APIs. Kestrel rather than HttpListener because the managed HttpListener on Linux sometimes reset a kept-alive
/// connection the client reused ('Connection Error'), so the fakes had to close every connection, which the real APIs
/// do not, and which cost the load benchmark a TCP connect per SMS reply.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _connections;
    private int _disposed;

    private LoopbackHttpServer(RequestDelegate handle)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Use(next => connection =>
            {
                Interlocked.Increment(ref _connections);
                return next(connection);
            })));
        _app = builder.Build();
        _app.Run(handle);
        _app.Start();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        BaseUrl = new Uri(address.TrimEnd('/') + "/");
    }

    public Uri BaseUrl { get; }

    /// <summary>TCP connections accepted so far: a client that keeps its connection alive opens one.</summary>
    public int ConnectionCount => Volatile.Read(ref _connections);

    public static LoopbackHttpServer Start(RequestDelegate handle) => new(handle);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
