using ContactHub.Channels;
using ContactHub.Hub.Records.Model;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records.Import;

/// <summary>customers.csv: name, mobile, wechat_openid, preferred_channel, language, service_consent, marketing_consent. Upserts by mobile.</summary>
public sealed class CustomerRowImporter(TimeProvider clock) : IRowImporter
{
    private static readonly string[] Channels = [ChannelIds.WeChat, ChannelIds.Sms, ChannelIds.WebChat];
    private static readonly string[] Languages = ["zh-CN", "en"];

    public ImportKind Kind => ImportKind.Customers;

    public IReadOnlyList<string> RequiredColumns { get; } = ["name", "mobile"];

    public async Task ApplyAsync(RecordsDbContext db, CsvRow row, CancellationToken cancellationToken)
    {
        var name = row.Required("name");
        var mobile = MobileNumber.Normalize(row.Required("mobile")) ?? throw new RowException($"mobile '{row["mobile"]}' is not a valid mobile number");
        var channel = row["preferred_channel"]?.ToLowerInvariant();
        if (channel is not null && !Channels.Contains(channel, StringComparer.Ordinal))
        {
            throw new RowException($"preferred_channel '{channel}' must be one of {string.Join('/', Channels)}");
        }

        var language = row["language"];
        if (language is not null && !Languages.Contains(language, StringComparer.OrdinalIgnoreCase))
        {
            throw new RowException($"language '{language}' must be zh-CN or en");
        }

        var now = clock.GetUtcNow();
        var customer = await db.Customers.Include(c => c.Consents).FirstOrDefaultAsync(c => c.Mobile == mobile, cancellationToken);
        if (customer is null)
        {
            customer = new Customer { Name = name, Mobile = mobile, CreatedAt = now };
            db.Customers.Add(customer);
        }

        customer.Name = name;
        customer.WeChatOpenId = row["wechat_openid"] ?? customer.WeChatOpenId;
        customer.PreferredChannel = channel ?? customer.PreferredChannel;
        customer.Language = language is null ? customer.Language : Languages.First(l => string.Equals(l, language, StringComparison.OrdinalIgnoreCase));
        SetConsent(customer, ConsentPurpose.ServiceNotifications, row.Flag("service_consent"), now);
        SetConsent(customer, ConsentPurpose.Marketing, row.Flag("marketing_consent"), now);
    }

    private static void SetConsent(Customer customer, ConsentPurpose purpose, bool? granted, DateTimeOffset now)
    {
        if (granted is not { } value)
        {
            return;
        }

        var consent = customer.Consents.FirstOrDefault(c => c.Purpose == purpose);
        if (consent is null)
        {
            customer.Consents.Add(new Consent { Purpose = purpose, Granted = value, Source = "csv", At = now });
        }
        else if (consent.Granted != value)
        {
            (consent.Granted, consent.Source, consent.At) = (value, "csv", now);
        }
    }
}
