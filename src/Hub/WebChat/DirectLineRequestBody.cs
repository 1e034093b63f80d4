using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ContactHub.Hub.WebChat;

/// <summary>
/// Reads a JSON body with a hard size cap, so an oversized or malformed post becomes a 413/400 answer instead of a
/// model-binding exception (STYLE.md #4). Deserializes straight from the pipe's buffers through a source-gen type.
/// </summary>
public static class DirectLineRequestBody
{
    public static async Task<(DirectLineBodyStatus Status, T? Value)> ReadAsync<T>(
        HttpRequest request, JsonTypeInfo<T> typeInfo, int maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return (DirectLineBodyStatus.TooLarge, null);
        }

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            if (read.Buffer.Length > maxBytes)
            {
                reader.AdvanceTo(read.Buffer.Start);
                return (DirectLineBodyStatus.TooLarge, null);
            }

            if (read.IsCompleted || read.IsCanceled)
            {
                var result = Parse(read.Buffer, typeInfo);
                reader.AdvanceTo(read.Buffer.End);
                return result;
            }

            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }

    private static (DirectLineBodyStatus, T?) Parse<T>(ReadOnlySequence<byte> body, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (body.IsEmpty)
        {
            return (DirectLineBodyStatus.Empty, null);
        }

        try
        {
            var json = new Utf8JsonReader(body);
            var value = JsonSerializer.Deserialize(ref json, typeInfo);
            return value is null ? (DirectLineBodyStatus.Empty, null) : (DirectLineBodyStatus.Ok, value);
        }
        catch (JsonException)
        {
            return (DirectLineBodyStatus.Malformed, null);
        }
    }
}
