using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ContactHub.Channels;

/// <summary>
/// Reads and writes a property's object or array value as a JSON value of its own, through its type's JsonTypeInfo
/// from the same options: the JSON is the same. Put on a nested property that is read on every turn: the serializer
/// pushes a frame for each nested object or array it reads, and its first push per call allocates a frame array of
/// about half a kilobyte, while a value's own root frame is free (issue 8). Writing is unchanged in cost.
/// </summary>
public sealed class StandaloneJsonConverter<T> : JsonConverter<T>
{
    private JsonTypeInfo<T>? _type;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, TypeIn(options));

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, TypeIn(options));

    private JsonTypeInfo<T> TypeIn(JsonSerializerOptions options)
    {
        var type = _type;
        if (type is null || !ReferenceEquals(type.Options, options))
        {
            _type = type = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        }

        return type;
    }
}
