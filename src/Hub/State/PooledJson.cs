using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ContactHub.Hub.State;

/// <summary>
/// A value serialized as <see cref="StoredJson"/> into an array rented from the shared pool, for a Redis write that
/// awaits its reply: the command reads <see cref="Written"/> in place instead of a copy of it (issue 8).
/// </summary>
public sealed class PooledJson : IBufferWriter<byte>
{
    private byte[] _buffer;
    private int _written;

    private PooledJson(int capacity) => _buffer = ArrayPool<byte>.Shared.Rent(capacity);

    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _written);

    public static PooledJson Serialize<T>(T value, JsonTypeInfo<T> type)
    {
        var json = new PooledJson(1024);
        StoredJson.Serialize(json, value, type);
        return json;
    }

    /// <summary>
    /// Gives the array back to the pool. Call it only once the command has answered: a command that failed or timed out
    /// may still wait in the multiplexer's backlog and be written later, so its buffer is left to the GC instead.
    /// </summary>
    public void Return()
    {
        var buffer = _buffer;
        _buffer = [];
        _written = 0;
        ArrayPool<byte>.Shared.Return(buffer);
    }

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_written);
    }

    private void Reserve(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, _written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
