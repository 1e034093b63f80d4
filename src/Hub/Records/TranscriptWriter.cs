using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records;

/// <summary>
/// Stores transcript rows off the turn path (issue 8): turns queue their rows and move on, one background loop
/// inserts whatever has queued up in one transaction (<see cref="TranscriptInsert"/>), holding the
/// <see cref="RecordsWriteGate"/> so bookings wait their turn in order instead of in SQLite's busy handler. One reader
/// keeps the rows in queue order, and a turn queues inside its conversation's lock, so each conversation's transcript
/// stays in order. The queue is bounded:
/// when the database falls behind, turns wait for room rather than rows being dropped. On shutdown the queue is
/// drained before the host stops.
/// </summary>
public sealed class TranscriptWriter(IDbContextFactory<RecordsDbContext> records, RecordsWriteGate gate, ILogger<TranscriptWriter> logger) : BackgroundService
{
    private const int QueueCapacity = 4096;
    private const int MaxRowsPerBatch = 512;
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(5);

    private readonly Channel<TranscriptWrite> _queue = Channel.CreateBounded<TranscriptWrite>(
        new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private TaskCompletionSource _nextWrite = NewSignal();
    private TranscriptInsert? _insert;

    /// <summary>Completes after the next batch is stored; take it before reading, then read, then await it.</summary>
    public Task NextWrite => Volatile.Read(ref _nextWrite).Task;

    public ValueTask EnqueueAsync(IReadOnlyList<TranscriptEntry> entries, CancellationToken cancellationToken) =>
        _queue.Writer.WriteAsync(new TranscriptWrite(entries, Stored: null), cancellationToken);

    /// <summary>Completes once every row queued before this call is in the database.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var stored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await _queue.Writer.WriteAsync(new TranscriptWrite([], stored), cancellationToken);
        await stored.Task.WaitAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<TranscriptWrite>();
        // Reads on until the queue is completed and empty (StopAsync), not until stoppingToken fires: the rows
        // queued by the last turns must still be written.
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            var rows = 0;
            while (rows < MaxRowsPerBatch && _queue.Reader.TryRead(out var write))
            {
                batch.Add(write);
                rows += write.Entries.Count;
            }

            await StoreAsync(batch, rows, stoppingToken);
            foreach (var write in batch)
            {
                write.Stored?.TrySetResult();
            }

            batch.Clear();
            Interlocked.Exchange(ref _nextWrite, NewSignal()).TrySetResult();
        }
    }

    private async Task StoreAsync(List<TranscriptWrite> batch, int rows, CancellationToken stoppingToken)
    {
        if (rows == 0)
        {
            return;
        }

        var delay = TimeSpan.FromMilliseconds(100);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var db = await records.CreateDbContextAsync(CancellationToken.None);
                _insert ??= TranscriptInsert.For(db);
                using (await gate.EnterAsync(holder: null, CancellationToken.None))
                {
                    await _insert.RunAsync(db, batch.SelectMany(w => w.Entries), CancellationToken.None);
                }

                return;
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                if (stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(ex, "Shutting down with {Rows} transcript rows that could not be stored", rows);
                    return;
                }

                // Rows are not dropped while the hub runs: the queue fills and turns wait until the database is back.
                logger.LogError(ex, "Storing {Rows} transcript rows failed (attempt {Attempt}); retrying", rows, attempt);
                await Task.Delay(delay, CancellationToken.None);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed record TranscriptWrite(IReadOnlyList<TranscriptEntry> Entries, TaskCompletionSource? Stored);
}
