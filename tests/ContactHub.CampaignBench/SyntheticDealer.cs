using System.Globalization;

namespace ContactHub.CampaignBench;

/// <summary>
/// A large dealer group's records, generated deterministically (fixed seed) in realistic proportions: 0.8 customers
/// per vehicle (some own two), 60% on WeChat, service consent from 95% and marketing consent from 45%, deliveries over
/// the last five and a half years, 首保 about three months after delivery for 85% of owners, then a service every
/// 5 to 7 months until the owner drifts away (10% per service), a repair in one visit of five, 90% of visits with an
/// odometer reading, 20 to 80 km a day. Rows are produced one at a time, never held in memory.
/// </summary>
public sealed class SyntheticDealer(int vehicles, DateOnly today)
{
    public static readonly string[] Models = ["速腾", "迈腾", "宝来", "探岳", "探歌", "高尔夫", "揽境", "CC", "ID.4 CROZZ", "ID.6 CROZZ"];

    public int Vehicles => vehicles;

    public int Customers => (int)(vehicles * 0.8);

    public DateTimeOffset CreatedAt { get; } = new(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static bool HasWeChat(int customer) => customer % 10 < 6;

    public static string Mobile(int customer) => string.Create(CultureInfo.InvariantCulture, $"+86139{customer:D8}");

    public static string OpenId(int customer) => string.Create(CultureInfo.InvariantCulture, $"oBench{customer:D10}");

    public static string Language(int customer) => customer % 20 == 0 ? "en" : "zh-CN";

    /// <summary>Service and marketing consent of a customer.</summary>
    public static (bool Service, bool Marketing) Consents(int customer) => (customer % 20 != 7, customer % 100 < 45);

    public int OwnerOf(int vehicle) => ((vehicle - 1) % Customers) + 1;

    public IEnumerable<(VehicleRow Vehicle, IReadOnlyList<VisitRow> Visits)> VehiclesWithVisits()
    {
        var random = new Random(20261127);
        long visitId = 0;
        for (var v = 1; v <= vehicles; v++)
        {
            var delivered = today.AddDays(-random.Next(10, 2000));
            var kmPerDay = random.Next(20, 80);
            var visits = new List<VisitRow>();
            var date = delivered.AddDays(random.Next(80, 110));
            var type = "FirstMaintenance";
            var comes = random.Next(100) < 85;
            while (comes && date < today.AddDays(-1))
            {
                var repair = type != "FirstMaintenance" && random.Next(5) == 0;
                int? odometer = random.Next(10) < 9 ? (date.DayNumber - delivered.DayNumber) * kmPerDay : null;
                visits.Add(new VisitRow(++visitId, v, date, repair ? "Repair" : type, odometer));
                type = "RegularMaintenance";
                date = date.AddDays(random.Next(150, 220));
                comes = random.Next(10) != 0;
            }

            var last = visits.LastOrDefault(x => x.Odometer is not null);
            yield return (new VehicleRow(
                v,
                OwnerOf(v),
                string.Create(CultureInfo.InvariantCulture, $"LBENCH{v:D11}"),
                string.Create(CultureInfo.InvariantCulture, $"粤B{v:D7}"),
                Models[random.Next(Models.Length)],
                delivered.AddDays(-random.Next(3, 15)),
                delivered,
                last?.Date,
                last?.Odometer), visits);
        }
    }
}
