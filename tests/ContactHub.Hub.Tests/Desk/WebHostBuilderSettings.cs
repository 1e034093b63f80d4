using Microsoft.AspNetCore.Hosting;

namespace ContactHub.Hub.Tests.Desk;

/// <summary>Applies a test's extra configuration keys to a hub's web host.</summary>
internal static class WebHostBuilderSettings
{
    public static IWebHostBuilder UseSettings(this IWebHostBuilder builder, IReadOnlyDictionary<string, string>? settings)
    {
        foreach (var (key, value) in settings ?? new Dictionary<string, string>(StringComparer.Ordinal))
        {
            builder.UseSetting(key, value);
        }

        return builder;
    }
}
