using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactHub.Hub.Records.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CampaignDeliveryChannelMessageId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChannelMessageId",
                table: "campaign_delivery",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_campaign_delivery_Channel_ChannelMessageId",
                table: "campaign_delivery",
                columns: new[] { "Channel", "ChannelMessageId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_campaign_delivery_Channel_ChannelMessageId",
                table: "campaign_delivery");

            migrationBuilder.DropColumn(
                name: "ChannelMessageId",
                table: "campaign_delivery");
        }
    }
}
