using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Recognition;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Tests.Fakes;
using ContactHub.Dialogs.Tests.Flow;

namespace ContactHub.Dialogs.Tests.Dealership;

public sealed class MainMenuDialogTests
{
    private const string Zh = "zh-CN";
    private const string En = "en";

    private static readonly string ChineseMenu = "您好，欢迎来到长春一汽-大众华阳4S店！我是在线客服小助手。\n请问有什么可以帮您？请回复数字或点选：";
    private static readonly string EnglishMenu = "Hello, welcome to Huayang FAW-VW Dealership! I'm the virtual assistant.\nHow can I help you today? Reply with a number or tap an option:";
    private static readonly string[] ChineseChoices = ["预约保养", "投诉建议", "满意度回访", "人工客服", "门店信息"];
    private static readonly string[] EnglishChoices = ["Book service", "Complaint", "Satisfaction survey", "Talk to a person", "Store info"];
    private static readonly string StoreCard = "长春一汽-大众华阳4S店\n营业时间：周一至周日 8:30-17:30\n地址：长春市绿园区西新工业园区日新路888号\n电话：0431-8888 6666";

    private readonly DealershipRig _rig = new();

    [Fact]
    public Task GreetsInChineseAndOffersTheServicesAsSuggestedActions() =>
        Flow(Zh)
            .Send("你好").AssertReply(ChineseMenu).AssertSuggestedActions(ChineseChoices)
            .AssertStatus(DialogTurnStatus.Waiting)
            .RunAsync();

    [Fact]
    public Task GreetsInEnglishWhenTheLocaleIsEnglish() =>
        Flow(En)
            .Send("hi").AssertReply(EnglishMenu).AssertSuggestedActions(EnglishChoices)
            .RunAsync();

    [Theory]
    [InlineData(Zh, "1")]
    [InlineData(Zh, "预约保养")]
    [InlineData(Zh, "我想做个保养")]
    [InlineData(Zh, "车子有异响想过去看看")]
    [InlineData(En, "Book service")]
    [InlineData(En, "I need an oil change")]
    public Task BookingRequestsFromTheMenuStartTheBooking(string locale, string ask) =>
        Flow(locale)
            .Send("hi").AssertReplyContains(locale == Zh ? "欢迎" : "welcome")
            .Send(ask).AssertReply(Strings.BookingAskVehicle(locale))
            .AssertState(state => Assert.Equal([nameof(MainMenuDialog)], state.Stack.Select(i => i.Id), StringComparer.Ordinal))
            .RunAsync();

    [Fact]
    public async Task AFirstMessageThatAsksForABookingIsRoutedAtOnceWithWhatItSaid()
    {
        await Flow(Zh)
            .Send("明天下午三点给吉A67890做个保养").AssertReplyContains("吉A67890 探岳", "常规保养", _rig.Show(DealershipRig.At(11, 28, 15)))
            .Send("是").AssertReplyContains("预约成功")
            .AssertReply(Strings.MenuPromptAgain(Zh)).AssertSuggestedActions(ChineseChoices)
            .AssertStatus(DialogTurnStatus.Waiting)
            .RunAsync();

        var booked = Assert.Single(_rig.Book.Booked());
        Assert.Equal((12L, ServiceType.RegularMaintenance, DealershipRig.At(11, 28, 15)), (booked.VehicleId, booked.ServiceType, booked.Start));
    }

    [Theory]
    [InlineData("门店信息")]
    [InlineData("5")]
    [InlineData("第五个")]
    [InlineData("门店")]
    public Task TheStoreInfoButtonGivesTheWholeStoreCardThenTheMenuAgain(string ask) =>
        Flow(Zh)
            .Send("你好").AssertReply(ChineseMenu)
            .Send(ask).AssertReply(StoreCard)
            .AssertReply(Strings.MenuPromptAgain(Zh)).AssertSuggestedActions(ChineseChoices)
            .AssertStatus(DialogTurnStatus.Waiting)
            .RunAsync();

    [Theory]
    [InlineData(Zh, "4")]
    [InlineData(Zh, "人工")]
    [InlineData(Zh, "转人工客服")]
    [InlineData(En, "Talk to a person")]
    [InlineData(En, "agent")]
    public Task WithoutAnAgentDeskAHandoffSaysAColleagueWillFollowUp(string locale, string ask) =>
        Flow(locale)
            .Send("hi").AssertReplyContains(locale == Zh ? "欢迎" : "welcome")
            .Send(ask).AssertReply(Strings.HandoffComingSoon(locale))
            .AssertReply(Strings.MenuPromptAgain(locale))
            .RunAsync();

    [Theory]
    [InlineData(Zh, "我要找人工客服")]
    [InlineData(En, "let me talk to a real person")]
    public async Task WithAnAgentDeskAHandoffIsRequestedAndTheMenuEnds(string locale, string ask)
    {
        _rig.Handoff = new FakeHandoff();
        await Flow(locale)
            .Send("hi").AssertReplyContains(locale == Zh ? "欢迎" : "welcome")
            .Send(ask).AssertReply(Strings.HandoffRequested(locale))
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();

        var request = Assert.Single(_rig.Handoff.Requests);
        Assert.Equal((TestTurnContext.TestKey.Channel, TestTurnContext.TestKey.UserId, ask), (request.ChannelId, request.UserId, request.Summary));
    }

    [Fact]
    public async Task TwoMisunderstoodMessagesInARowBringAnOfferOfAPersonAndYesHandsOff()
    {
        _rig.Handoff = new FakeHandoff();
        await Flow(Zh)
            .Send("你好").AssertReply(ChineseMenu)
            .Send("天气怎么样").AssertReply(Strings.NotUnderstood(Zh))
            .AssertReply(Strings.MenuPromptAgain(Zh)).AssertSuggestedActions(ChineseChoices)
            .Send("哈哈哈").AssertReply(Strings.OfferHandoff(Zh) + Strings.ConfirmSuffix(Zh))
            .Send("好").AssertReply(Strings.HandoffRequested(Zh))
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();

        Assert.Single(_rig.Handoff.Requests);
    }

    [Fact]
    public async Task DecliningTheOfferOfAPersonGoesBackToTheMenuAndStartsCountingAgain()
    {
        _rig.Handoff = new FakeHandoff();
        await Flow(En)
            .Send("hi").AssertReply(EnglishMenu)
            .Send("what's the weather").AssertReply(Strings.NotUnderstood(En)).AssertReply(Strings.MenuPromptAgain(En))
            .Send("lol").AssertReply(Strings.OfferHandoff(En) + Strings.ConfirmSuffix(En))
            .Send("no").AssertReply(Strings.MenuPromptAgain(En))
            .Send("blah").AssertReply(Strings.NotUnderstood(En)).AssertReply(Strings.MenuPromptAgain(En))
            .RunAsync();

        Assert.Empty(_rig.Handoff.Requests);
    }

    [Fact]
    public Task AnUnderstoodMessageBreaksTheRowOfMisunderstoodOnes() =>
        Flow(Zh)
            .Send("你好").AssertReply(ChineseMenu)
            .Send("天气怎么样").AssertReply(Strings.NotUnderstood(Zh)).AssertReply(Strings.MenuPromptAgain(Zh))
            .Send("营业时间").AssertReplyContains("营业时间").AssertReply(Strings.MenuPromptAgain(Zh))
            .Send("哈哈哈").AssertReply(Strings.NotUnderstood(Zh)).AssertReply(Strings.MenuPromptAgain(Zh))
            .Send("你好").AssertReply(ChineseMenu)
            .Send("随便看看").AssertReply(Strings.NotUnderstood(Zh)).AssertReply(Strings.MenuPromptAgain(Zh))
            .RunAsync();

    [Theory]
    [InlineData(Zh, "2", "“投诉建议”功能正在准备上线")]
    [InlineData(Zh, "你们服务态度太差了", "“投诉建议”功能正在准备上线")]
    [InlineData(Zh, "第三个", "“满意度回访”功能正在准备上线")]
    [InlineData(En, "Complaint", "\"Complaint\" is coming soon")]
    public Task IntentsNobodyHasPluggedInSayTheyAreComingSoonWithTheDealerPhone(string locale, string ask, string expected) =>
        Flow(locale)
            .Send("hi").AssertReplyContains(locale == Zh ? "欢迎" : "welcome")
            .Send(ask).AssertReplyContains(expected, "0431-8888 6666")
            .AssertReply(Strings.MenuPromptAgain(locale))
            .RunAsync();

    [Theory]
    [InlineData("2")]
    [InlineData("我要投诉你们的维修质量")]
    [InlineData("TS-20261127-0001 处理得怎么样了")]
    public Task APluggedInDialogIsStartedForItsIntentsAndTheMenuComesBackAfterIt(string ask) =>
        new ConversationFlow(() => _rig.Menu(d => d.Add(new EchoDialog("ComplaintDialog"), Intents.Complaint, Intents.ComplaintStatus)))
            .Send("你好").AssertReply(ChineseMenu)
            .Send(ask).AssertReply("ComplaintDialog: " + ask)
            .Send("好的").AssertReply(Strings.MenuPromptAgain(Zh))
            .RunAsync();

    [Theory]
    [InlineData("绑定")]
    [InlineData("我想绑定车主身份")]
    public Task AskingToLinkStartsTheIdentityDialog(string ask) =>
        new ConversationFlow(() => _rig.Menu(d => d.Add(new EchoDialog("BindIdentityDialog"), Intents.Bind)))
            .Send("你好").AssertReply(ChineseMenu)
            .Send(ask).AssertReply("BindIdentityDialog: " + ask)
            .RunAsync();

    [Fact]
    public void TheCompositionRefusesTwoDialogsForOneIntent() =>
        Assert.Throws<ArgumentException>(() => new DealershipDialogs(_rig.Services)
            .Add(new EchoDialog("A"), Intents.Complaint)
            .Add(new EchoDialog("B"), Intents.Complaint));

    [Fact]
    public void TheCompositionMakesCampaignDialogsTopLevel()
    {
        var set = new DealershipDialogs(_rig.Services).Add(new EchoDialog("SatisfactionSurveyDialog")).Build();

        Assert.All(
            [nameof(MainMenuDialog), nameof(MaintenanceReminderDialog), nameof(BookAppointmentDialog), "SatisfactionSurveyDialog"],
            id => Assert.NotNull(set.Find(id)));
    }

    [Theory]
    [InlineData(Zh, "谢谢", "不客气")]
    [InlineData(En, "thanks", "You're welcome")]
    public Task ThanksGetsAPoliteAnswerAndTheMenu(string locale, string thanks, string answer) =>
        Flow(locale)
            .Send("hi").AssertReplyContains(locale == Zh ? "欢迎" : "welcome")
            .Send(thanks).AssertReplyContains(answer).AssertReply(Strings.MenuPromptAgain(locale))
            .RunAsync();

    [Fact]
    public Task TheMenuLoopKeepsOneStackEntryTurnAfterTurn() =>
        Flow(Zh)
            .Send("你好").AssertReply(ChineseMenu)
            .Send("5").AssertReply(StoreCard).AssertReply(Strings.MenuPromptAgain(Zh))
            .Send("5").AssertReply(StoreCard).AssertReply(Strings.MenuPromptAgain(Zh))
            .AssertState(state => Assert.Equal([nameof(MainMenuDialog)], state.Stack.Select(i => i.Id), StringComparer.Ordinal))
            .RunAsync();

    private ConversationFlow Flow(string locale) => new(() => _rig.Menu(), locale);
}
