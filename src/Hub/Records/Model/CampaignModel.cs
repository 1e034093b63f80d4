using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records.Model;

/// <summary>Tables of the reminder and survey campaigns: the campaigns and each message they decided to send.</summary>
internal static class CampaignModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        var campaign = modelBuilder.Entity<Campaign>();
        campaign.ToTable("campaign");
        campaign.Property(c => c.Name).HasMaxLength(200);
        campaign.Property(c => c.Definition).HasMaxLength(8000);
        campaign.HasIndex(c => c.Status);

        var delivery = modelBuilder.Entity<CampaignDelivery>();
        delivery.ToTable("campaign_delivery");
        delivery.Property(d => d.IdempotencyKey).HasMaxLength(200);
        delivery.Property(d => d.Channel).HasMaxLength(32);
        delivery.Property(d => d.UserId).HasMaxLength(128);
        delivery.Property(d => d.ChannelMessageId).HasMaxLength(64);
        delivery.Property(d => d.Reason).HasMaxLength(256);
        delivery.HasIndex(d => d.IdempotencyKey).IsUnique();
        delivery.HasIndex(d => new { d.CampaignId, d.Status });
        delivery.HasIndex(d => new { d.CustomerId, d.SentAt });
        delivery.HasIndex(d => new { d.Channel, d.UserId, d.SentAt });
        delivery.HasIndex(d => new { d.Channel, d.ChannelMessageId });
        delivery.HasOne<Campaign>().WithMany().HasForeignKey(d => d.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
