using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Tests.Fakes;
using ContactHub.Dialogs.Tests.Flow;

namespace ContactHub.Dialogs.Tests.Dealership;

public sealed class ComplaintDialogTests
{
    private const string Zh = "zh-CN";
    private const string En = "en";

    private static readonly CustomerInfo Customer = new(7, "王先生", "+8613812345678", null, "wechat", Zh);

    private readonly FakeComplaintDesk _desk = new();
    private readonly FakeCareCustomerDirectory _customers = new FakeCareCustomerDirectory(Customer).WithIdentity("test", "user-1", Customer.Id);

    [Theory]
    [InlineData(Zh, "上周保养完，发动机又有异响，根本没修好", "“维修质量”", "是", "TS-20261127-0001", "48 小时")]
    [InlineData(En, "There is a noise again, the car was not fixed", "\"Repair quality\"", "yes", "TS-20261127-0001", "48 hours")]
    public async Task FilesTheClassifiedComplaintAndTellsTheTicketNumberAndPromisedResponseTime(
        string locale, string story, string category, string yes, string ticket, string promise)
    {
        await Flow(locale)
            .Send("投诉").AssertReply(Strings.ComplaintAskDescription(locale))
            .Send(story).AssertReplyContains(category)
            .Send(yes).AssertReplyContains(ticket, promise)
            .AssertStatus(DialogTurnStatus.Complete).AssertResult(ticket)
            .RunAsync();

        var opened = Assert.Single(_desk.Opened);
        Assert.Equal((ComplaintCategory.RepairQuality, ComplaintSeverity.Normal, 7L, "test"), (opened.Category, opened.Severity, opened.CustomerId, opened.SourceChannel));
        Assert.Equal(story, opened.Description);
    }

    [Theory]
    [InlineData(Zh, "态度", ComplaintCategory.Attitude)]
    [InlineData(Zh, "7", ComplaintCategory.Attitude)]
    [InlineData(Zh, "价格", ComplaintCategory.Price)]
    [InlineData(En, "Staff attitude", ComplaintCategory.Attitude)]
    public async Task TheCustomerCanCorrectTheCategoryBeforeTheTicketIsOpened(string locale, string correction, ComplaintCategory expected)
    {
        await Flow(locale)
            .Send("投诉").AssertReply(Strings.ComplaintAskDescription(locale))
            .Send("接待我的那个人从头到尾都在玩手机").AssertReplyContains(locale == Zh ? "“其他”" : "\"Other\"")
            .Send(correction).AssertReplyContains("TS-20261127-0001")
            .RunAsync();

        Assert.Equal(expected, Assert.Single(_desk.Opened).Category);
    }

    [Fact]
    public async Task ASafetyComplaintIsCriticalWithAFourHourPromiseEscalationAndSafetyAdvice()
    {
        await Flow(Zh)
            .Send("投诉").AssertReply(Strings.ComplaintAskDescription(Zh))
            .Send("刚保养完高速上刹车失灵，差点出事").AssertReplyContains("“其他”")
            .Send("2").AssertReplyContains("TS-20261127-0001", "4 小时")
            .AssertReply(Strings.ComplaintEscalated(Zh))
            .AssertReply(Strings.ComplaintSafetyAdvice(Zh))
            .RunAsync();

        var opened = Assert.Single(_desk.Opened);
        Assert.Equal((ComplaintCategory.ServiceQuality, ComplaintSeverity.Critical), (opened.Category, opened.Severity));
        Assert.True(Assert.Single(_desk.Tickets).EscalatedToManufacturer);
    }

    [Fact]
    public async Task AThreatToGoToTheManufacturerIsMajorAndTheCustomerIsToldItWasEscalated()
    {
        await Flow(Zh)
            .Send("投诉").AssertReply(Strings.ComplaintAskDescription(Zh))
            .Send("换的配件是假货，再不处理我就投诉到厂家").AssertReplyContains("“配件”")
            .Send("对").AssertReplyContains("24 小时")
            .AssertReply(Strings.ComplaintEscalated(Zh))
            .RunAsync();

        Assert.Equal((ComplaintCategory.Parts, ComplaintSeverity.Major), (_desk.Opened[0].Category, _desk.Opened[0].Severity));
    }

    [Fact]
    public async Task CancellingMidwayOpensNoTicket()
    {
        await Flow(Zh)
            .Send("投诉").AssertReply(Strings.ComplaintAskDescription(Zh))
            .Send("你们乱收费").AssertReplyContains("“价格”")
            .CancelAll().AssertStatus(DialogTurnStatus.Cancelled)
            .AssertState(state => Assert.Empty(state.Stack))
            .RunAsync();

        Assert.Empty(_desk.Opened);
    }

    [Fact]
    public async Task AnUnrecognizedCorrectionIsAskedAgainNotGuessed()
    {
        await Flow(Zh)
            .Send("投诉").AssertReply(Strings.ComplaintAskDescription(Zh))
            .Send("销售承诺的赠品一直没给").AssertReplyContains("“销售”")
            .Send("嗯……怎么说呢").AssertReply(Strings.ChoiceRetry(Zh))
            .Send("没错").AssertReplyContains("TS-20261127-0001")
            .RunAsync();

        Assert.Equal(ComplaintCategory.Sales, Assert.Single(_desk.Opened).Category);
    }

    [Fact]
    public async Task ContextFromTheCallerIsKeptWithTheCustomersOwnWords()
    {
        var options = new ComplaintValues { CustomerId = 9, Context = "回访低分：overall 1" };
        await new ConversationFlow(() => new BegunWith(Dialog(), options), Zh)
            .Send("1").AssertReply(Strings.ComplaintAskDescription(Zh))
            .Send("等了三个小时才交车").AssertReplyContains("“服务质量”")
            .Send("是").AssertReplyContains("TS-20261127-0001")
            .RunAsync();

        var opened = Assert.Single(_desk.Opened);
        Assert.Equal("等了三个小时才交车\n回访低分：overall 1", opened.Description);
        Assert.Equal(9, opened.CustomerId);
    }

    [Theory]
    [InlineData(Zh, "工单 TS-20261127-0003（维修质量）当前状态：处理中。承诺处理时限：2026-11-28 10:00。\n最新进展（2026-11-27 15:30）：已安排技师复检，明天上午联系您")]
    [InlineData(En, "Ticket TS-20261127-0003 (Repair quality) is in progress. We promised to respond by 2026-11-28 10:00.\nLatest update (2026-11-27 15:30): 已安排技师复检，明天上午联系您")]
    public Task ReportsATicketsStatusAndLatestEventInDealerTime(string locale, string expected)
    {
        SeedTicket();
        return new ConversationFlow(() => new BegunWith(Dialog(), ComplaintValues.ForStatus("TS-20261127-0003")), locale)
            .Send("TS-20261127-0003 进度").AssertReply(expected)
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();
    }

    [Fact]
    public Task AsksForTheTicketNumberWhenTheCustomerHasNoOpenTicketAndReadsItInAnyCase()
    {
        SeedTicket(customerId: null);
        return new ConversationFlow(() => new BegunWith(Dialog(), ComplaintValues.ForStatus(null)), Zh)
            .Send("我的投诉进度").AssertReply(Strings.ComplaintAskTicket(Zh))
            .Send("单号是多少来着").AssertReply(Strings.ComplaintTicketRetry(Zh))
            .Send("ts202611270003").AssertReplyContains("TS-20261127-0003", "处理中")
            .RunAsync();
    }

    [Fact]
    public Task AKnownCustomerAskingForProgressGetsTheirNewestOpenTicket()
    {
        SeedTicket(customerId: Customer.Id);
        return new ConversationFlow(() => new BegunWith(Dialog(), ComplaintValues.ForStatus(null)), Zh)
            .Send("投诉进度").AssertReplyContains("TS-20261127-0003", "已安排技师复检")
            .RunAsync();
    }

    [Fact]
    public Task AnUnknownTicketIsSaidSo() =>
        new ConversationFlow(() => new BegunWith(Dialog(), ComplaintValues.ForStatus("TS-20261127-0099")), Zh)
            .Send("TS-20261127-0099 进度").AssertReply(Strings.ComplaintTicketNotFound(Zh, "TS-20261127-0099"))
            .RunAsync();

    private void SeedTicket(long? customerId = 7)
    {
        var opened = new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);
        _desk.Add(
            new ComplaintTicket(
                "TS-20261127-0003", ComplaintCategory.RepairQuality, ComplaintSeverity.Major, ComplaintStatus.InProgress, true, opened, opened.AddHours(24),
                [
                    new(opened, "bot", "已受理", ComplaintStatus.Open),
                    new(opened.AddHours(5.5), "李娜", "已安排技师复检，明天上午联系您", ComplaintStatus.InProgress),
                ]),
            customerId);
    }

    private ComplaintDialog Dialog() => new(_desk, _customers);

    private ConversationFlow Flow(string locale) => new(Dialog, locale);
}
