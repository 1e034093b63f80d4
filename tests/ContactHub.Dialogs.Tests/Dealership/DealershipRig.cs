using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Recognition;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Tests.Fakes;
using ContactHub.Dialogs.Tests.Flow;
using ContactHub.Dialogs.Tests.Prompts;
using ContactHub.Dialogs.Tests.Recognition;

namespace ContactHub.Dialogs.Tests.Dealership;

/// <summary>
/// The dealership dialogs over port fakes, on Friday 2026-11-27 10:00 in Changchun. 王先生 (customer 1) owns two cars and
/// is the test conversation's bound identity; 李女士 (customer 2) owns one and is known only by her mobile.
/// </summary>
public sealed class DealershipRig
{
    public static readonly DealerProfile Dealer = new()
    {
        Name = "长春一汽-大众华阳4S店",
        Address = "长春市绿园区西新工业园区日新路888号",
        Phone = "0431-8888 6666",
        OpeningHours = "周一至周日 8:30-17:30",
        NameEn = "Huayang FAW-VW Dealership",
        AddressEn = "888 Rixin Road, Lvyuan District, Changchun",
        OpeningHoursEn = "Mon-Sun 8:30-17:30",
    };

    public static readonly VehicleInfo Sagitar = new(11, "LFV2A21K9G3000011", "吉A12345", "速腾", null, 30000, null, null);
    public static readonly VehicleInfo Tayron = new(12, "LFV2A21K9G3000012", "吉A67890", "探岳", null, 12000, null, null);
    public static readonly VehicleInfo Bora = new(21, "LFV2A21K9G3000021", "吉B55555", "宝来", null, 5000, null, null);

    public DealershipRig(bool linked = true)
    {
        Clock = new FixedClock(RecognizerTable.Now);
        Book = new FakeAppointmentBook(Clock);
        Book.Vehicles.AddRange([Sagitar, Tayron, Bora]);
        Customers.Customers.Add(new CustomerInfo(1, "王先生", "+8613900000001", null, "wechat", "zh-CN"));
        Customers.Customers.Add(new CustomerInfo(2, "李女士", "+8613900000002", null, "sms", "zh-CN"));
        Customers.VehiclesByCustomer[1] = [Sagitar, Tayron];
        Customers.VehiclesByCustomer[2] = [Bora];
        if (linked)
        {
            Customers.Identities.Add((TestTurnContext.TestKey.Channel, TestTurnContext.TestKey.UserId, 1));
        }
    }

    public FixedClock Clock { get; }

    public FakeAppointmentBook Book { get; }

    public FakeCustomerDirectory Customers { get; } = new();

    public FakeReminderLog Reminders { get; } = new();

    public FakeHandoff? Handoff { get; set; }

    public DealershipServices Services => new(
        Book, Customers, Reminders, Dealer, new BilingualRecognizer(), Clock, DealerTimeZone.Default, Handoff);

    public static DateTimeOffset At(int month, int day, int hour) => FakeAppointmentBook.At(month, day, hour);

    /// <summary>The main menu as the Hub builds it; <paramref name="compose"/> adds dialogs as another engineer would.</summary>
    public Dialog Menu(Func<DealershipDialogs, DealershipDialogs>? compose = null) =>
        (compose ?? (d => d))(new DealershipDialogs(Services)).Build().Find(DealershipDialogs.RootId)!;

    public Dialog Booking(BookAppointmentOptions? options = null) =>
        options is null ? new BookAppointmentDialog(Services) : new BegunWith(new BookAppointmentDialog(Services), options);

    public Dialog Reminder(MaintenanceReminderValues reminder) =>
        new BegunWith(new MaintenanceReminderDialog(Services, new BookAppointmentDialog(Services)), reminder);

    /// <summary>Shown as the dialogs show it: 11月28日（周六）15:00 / Sat Nov 28, 15:00.</summary>
    public string Show(DateTimeOffset instant, string locale = DialogLocale.Chinese) => Services.ShowTime(instant, locale);
}
