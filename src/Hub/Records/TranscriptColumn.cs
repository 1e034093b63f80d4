using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ContactHub.Hub.Records;

/// <summary>One column of the transcript INSERT: its name and parameter, and how a row's value is read and converted, from the EF model.</summary>
internal sealed class TranscriptColumn
{
    private readonly IClrPropertyGetter _getter;
    private readonly ValueConverter? _converter;

    public TranscriptColumn(string name, string parameter, IProperty property)
    {
        Name = name;
        Parameter = parameter;
        _getter = property.GetGetter();
        _converter = property.GetValueConverter() ?? property.GetTypeMapping().Converter;
        var provided = _converter?.ProviderClrType ?? property.ClrType;
        ProviderType = Nullable.GetUnderlyingType(provided) ?? provided;
    }

    public string Name { get; }

    /// <summary>The parameter's name with the provider's prefix ("@p0"), as it appears in the SQL.</summary>
    public string Parameter { get; }

    /// <summary>The type of the values handed to the provider, after the model's value conversion.</summary>
    public Type ProviderType { get; }

    /// <summary>The row's value as the provider stores it, or null.</summary>
    public object? ProviderValue(TranscriptEntry row)
    {
        var value = _getter.GetClrValue(row);
        return value is not null && _converter is not null ? _converter.ConvertToProvider(value) : value;
    }
}
