using System.Globalization;

namespace ContactHub.LoadTest;

/// <summary>Command line: <c>[--customers 200] [--turns 6] [--warmups 3] [--seconds 5] [--conversation booking|menu] [--hub http://…] [--redis host:port] [--secret s] [--configuration Release]</c>.</summary>
public sealed record LoadOptions
{
    public int Customers { get; init; } = 200;

    public int Turns { get; init; } = 6;

    /// <summary>
    /// The fewest windows of warm-up load before the measured ones; more follow until the server's JIT has settled
    /// (<see cref="SteadyState"/>).
    /// </summary>
    public int Warmups { get; init; } = 3;

    /// <summary>How long each measured phase lasts (baseline, hub at maximum, hub at half of it).</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>What each customer says: <c>booking</c> (six turns that book a service) or <c>menu</c> (no records).</summary>
    public string Conversation { get; init; } = BookingConversation.Name;

    public Func<string[]> Lines => Conversation switch
    {
        BookingConversation.Name => BookingConversation.Next,
        MenuConversation.Name => MenuConversation.Next,
        _ => throw new InvalidOperationException($"unknown conversation {Conversation}: booking or menu"),
    };

    /// <summary>A running hub to target; when null the tool starts one on loopback.</summary>
    public Uri? Hub { get; init; }

    /// <summary>A running Redis; when null the tool starts redis-server on a free loopback port.</summary>
    public string? Redis { get; init; }

    public string Secret { get; init; } = "load-test-secret";

    public string Configuration { get; init; } = "Release";

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--customers" => options with { Customers = int.Parse(value, CultureInfo.InvariantCulture) },
                "--turns" => options with { Turns = int.Parse(value, CultureInfo.InvariantCulture) },
                "--conversation" => options with { Conversation = value },
                "--warmups" => options with { Warmups = int.Parse(value, CultureInfo.InvariantCulture) },
                "--seconds" => options with { Duration = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--hub" => options with { Hub = new Uri(value) },
                "--redis" => options with { Redis = value },
                "--secret" => options with { Secret = value },
                "--configuration" => options with { Configuration = value },
                _ => throw new ArgumentException($"unknown option {args[i]}", nameof(args)),
            };
        }

        return options;
    }
}
