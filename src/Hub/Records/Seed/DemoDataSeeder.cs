using System.Globalization;
using ContactHub.Channels;
using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Records.Model;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records.Seed;

/// <summary>
/// Seeds the demo dealer once (skipped when any customer exists): 50 customers, 60 FAW-Volkswagen-like vehicles with
/// valid VINs and service histories, and a few draft campaigns. Names, mobiles, VINs, plates and models come from a fixed random seed, so tests can
/// rely on them; dates are laid back from the day of seeding, so reminders fall due as they would for a real dealer.
/// </summary>
public sealed class DemoDataSeeder(IDbContextFactory<RecordsDbContext> factory, CustomerLookupCache customerLookups, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await db.Customers.AnyAsync(cancellationToken))
        {
            return false;
        }

        var customers = Build(clock.GetUtcNow());
        db.Customers.AddRange(customers);
        db.Campaigns.AddRange(DemoCampaigns.Create(clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        customerLookups.Clear();
        logger.LogInformation("Seeded the demo dealer: {Customers} customers, {Vehicles} vehicles", customers.Count, customers.Sum(c => c.Vehicles.Count));
        return true;
    }

    private static List<Customer> Build(DateTimeOffset now)
    {
        var random = new Random(DemoDealer.Seed);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var plates = new HashSet<string>(StringComparer.Ordinal);
        var customers = new List<Customer>();
        for (var i = 1; i <= DemoDealer.CustomerCount; i++)
        {
            var hasWeChat = random.Next(10) < 6;
            var customer = new Customer
            {
                Name = DemoDealer.Surnames[random.Next(DemoDealer.Surnames.Length)] + DemoDealer.GivenNames[random.Next(DemoDealer.GivenNames.Length)],
                Mobile = DemoDealer.Mobile(i),
                WeChatOpenId = hasWeChat ? string.Create(CultureInfo.InvariantCulture, $"oDemo{i:D4}{random.NextInt64(1_000_000_000_000, 9_999_999_999_999)}") : null,
                PreferredChannel = hasWeChat ? ChannelIds.WeChat : ChannelIds.Sms,
                Language = i % 10 == 0 ? "en" : "zh-CN",
                CreatedAt = now,
                Consents =
                [
                    new Consent { Purpose = ConsentPurpose.ServiceNotifications, Granted = true, Source = "seed", At = now },
                    new Consent { Purpose = ConsentPurpose.Marketing, Granted = random.Next(10) < 6, Source = "seed", At = now },
                ],
            };
            customer.Vehicles.Add(NewVehicle(random, i, today, plates));
            customers.Add(customer);
        }

        for (var i = DemoDealer.CustomerCount + 1; i <= DemoDealer.VehicleCount; i++)
        {
            customers[i - DemoDealer.CustomerCount - 1].Vehicles.Add(NewVehicle(random, i, today, plates));
        }

        return customers;
    }

    private static Vehicle NewVehicle(Random random, int serial, DateOnly today, HashSet<string> plates)
    {
        var (model, vds, newEnergy) = DemoDealer.Models[random.Next(DemoDealer.Models.Length)];
        var delivered = today.AddDays(-random.Next(45, 1500));
        var year = DemoDealer.YearCodes[Math.Clamp(delivered.Year - 2018, 0, DemoDealer.YearCodes.Length - 1)];
        var vin = string.Create(CultureInfo.InvariantCulture, $"LFV{vds}0{year}3{100000 + serial:D6}");
        vin = vin[..8] + VinNumber.CheckDigit(vin) + vin[9..];
        var vehicle = new Vehicle
        {
            Vin = vin,
            Plate = NewPlate(random, newEnergy, plates),
            Model = model,
            PurchaseDate = delivered.AddDays(-random.Next(3, 15)),
            DeliveryDate = delivered,
        };
        AddVisits(random, vehicle, delivered, today);
        return vehicle;
    }

    private static string NewPlate(Random random, bool newEnergy, HashSet<string> plates)
    {
        const string letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        string plate;
        do
        {
            plate = newEnergy
                ? string.Create(CultureInfo.InvariantCulture, $"粤A·D{random.Next(10000, 99999)}")
                : string.Create(CultureInfo.InvariantCulture, $"粤A·{letters[random.Next(letters.Length)]}{random.Next(1000, 9999)}");
        }
        while (!plates.Add(plate));
        return plate;
    }

    /// <summary>首保 about three months after delivery, then a regular service about every six months, sometimes a repair.</summary>
    private static void AddVisits(Random random, Vehicle vehicle, DateOnly delivered, DateOnly today)
    {
        var kmPerDay = random.Next(25, 70);
        var date = delivered.AddDays(random.Next(80, 110));
        var type = ServiceType.FirstMaintenance;
        while (date < today.AddDays(-7))
        {
            var odometer = (date.DayNumber - delivered.DayNumber) * kmPerDay;
            var repair = type != ServiceType.FirstMaintenance && random.Next(5) == 0;
            vehicle.Visits.Add(new ServiceVisit
            {
                Date = date,
                Type = repair ? ServiceType.Repair : type,
                Odometer = odometer,
                Advisor = DemoDealer.Advisors[random.Next(DemoDealer.Advisors.Length)],
                WorkDone = repair ? DemoDealer.RepairWork[random.Next(DemoDealer.RepairWork.Length)] : "更换机油及机油滤清器，常规检查",
            });
            vehicle.LastServiceDate = date;
            vehicle.LastServiceOdometer = odometer;
            type = ServiceType.RegularMaintenance;
            date = date.AddDays(random.Next(150, 220));
        }

        vehicle.Odometer = (today.DayNumber - delivered.DayNumber) * kmPerDay;
    }
}
