using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using ContactHub.Channels.WebChat;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.WebChat;

/// <summary>
/// Serves one conversation's WebSocket (§3.2): replays from the client's watermark, then sends an ActivitySet text
/// frame whenever the log grows and an empty frame when idle for the keep-alive interval. Client frames are read
/// and ignored. One socket per conversation across all instances: each socket announces itself, and a socket that
/// hears another announcement after its own closes with reason "collision" (pub/sub order is the same everywhere,
/// so exactly the newest socket survives).
/// </summary>
public sealed class DirectLineStreamSession(IDirectLineStore store, IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineStreamSession> logger)
{
    public const string CollisionReason = "collision";
    private const int PageSize = 100;

    /// <param name="accept">Completes the WebSocket handshake. It is called only after this socket has announced
    /// itself, so a client that opens a second socket once the first is up always finds the first announced before it.</param>
    public async Task RunAsync(Func<Task<WebSocket>> accept, string conversationId, DirectLineWatermark from, CancellationToken aborted)
    {
        ArgumentNullException.ThrowIfNull(accept);
        var streamId = DirectLineTokenService.NewConversationId();
        var wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        var heardSelf = false;
        var collided = false;
        await using var subscription = await store.SubscribeAsync(conversationId, signal =>
        {
            if (signal.IsAppended)
            {
                wake.Writer.TryWrite(true);
            }
            else if (string.Equals(signal.OpenedStreamId, streamId, StringComparison.Ordinal))
            {
                heardSelf = true;
            }
            else if (heardSelf)
            {
                collided = true;
                wake.Writer.TryWrite(true);
            }
        }, aborted);
        await store.AnnounceStreamAsync(conversationId, streamId, aborted);
        using var socket = await accept();

        using var closed = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var reading = IgnoreClientFramesAsync(socket, closed);
        var reason = await PumpAsync(socket, conversationId, from, wake.Reader, () => collided, closed.Token);
        if (reason == CollisionReason && socket.State == WebSocketState.Open)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.PolicyViolation, CollisionReason, CancellationToken.None);
        }
        else if (socket.State == WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        await reading.WaitAsync(TimeSpan.FromSeconds(5), time, CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        DirectLineLog.StreamClosed(logger, streamId, conversationId, reason);
    }

    private async Task<string> PumpAsync(
        WebSocket socket, string conversationId, DirectLineWatermark watermark, ChannelReader<bool> wake, Func<bool> collided, CancellationToken closed)
    {
        var keepAlive = options.Value.KeepAliveInterval;
        Task<bool>? woken = null;
        Task? idle = null;
        try
        {
            watermark = await SendNewerAsync(socket, conversationId, watermark, closed);
            while (!closed.IsCancellationRequested)
            {
                woken ??= wake.WaitToReadAsync(closed).AsTask();
                idle ??= Task.Delay(keepAlive, time, closed);
                if (await Task.WhenAny(woken, idle) == idle)
                {
                    idle = null;
                    await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, closed);
                    continue;
                }

                woken = null;
                wake.TryRead(out _);
                if (collided())
                {
                    return CollisionReason;
                }

                watermark = await SendNewerAsync(socket, conversationId, watermark, closed);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            // The client went away mid-send; nothing to answer.
        }

        return "client gone";
    }

    private async Task<DirectLineWatermark> SendNewerAsync(WebSocket socket, string conversationId, DirectLineWatermark watermark, CancellationToken cancellationToken)
    {
        while (true)
        {
            var set = await store.ReadAfterAsync(conversationId, watermark, PageSize, cancellationToken);
            if (set.Activities.Count == 0 || !DirectLineWatermark.TryParse(set.Watermark, out var last))
            {
                return watermark;
            }

            var frame = JsonSerializer.SerializeToUtf8Bytes(set, DirectLineJsonContext.Default.ActivitySet);
            await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            watermark = last;
        }
    }

    /// <summary>Clients send "" as a ping every 20 s (§3.3); only a close frame or a broken socket matters.</summary>
    private static async Task IgnoreClientFramesAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var frame = await socket.ReceiveAsync(buffer, closed.Token);
                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            // The client went away mid-send; nothing to answer.
        }
        finally
        {
            await closed.CancelAsync();
        }
    }
}
