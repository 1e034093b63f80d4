using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Tests.Flow;

namespace ContactHub.Dialogs.Tests.Dealership;

public sealed class MainMenuDialogTests
{
    private const string Zh = "zh-CN";
    private const string En = "en";

    private static readonly DealerProfile Dealer = new()
    {
        Name = "长春一汽-大众华阳4S店",
        Address = "长春市绿园区西新工业园区日新路888号",
        Phone = "0431-8888 6666",
        OpeningHours = "周一至周日 8:30-17:30",
        NameEn = "Huayang FAW-VW Dealership",
        AddressEn = "888 Rixin Road, Lvyuan District, Changchun",
        OpeningHoursEn = "Mon-Sun 8:30-17:30",
    };

    private static readonly string ChineseMenu = "您好，欢迎来到长春一汽-大众华阳4S店！我是在线客服小助手。\n请问有什么可以帮您？请回复数字或点选：";
    private static readonly string EnglishMenu = "Hello, welcome to Huayang FAW-VW Dealership! I'm the virtual assistant.\nHow can I help you today? Reply with a number or tap an option:";
    private static readonly string[] ChineseChoices = ["预约保养", "投诉建议", "满意度回访", "人工客服", "门店信息"];
    private static readonly string[] EnglishChoices = ["Book service", "Complaint", "Satisfaction survey", "Talk to a person", "Store info"];

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
    [InlineData("门店信息")]
    [InlineData("5")]
    [InlineData("第五个")]
    [InlineData("你们地址在哪")]
    [InlineData("营业时间")]
    public Task AnswersStoreInfoFromTheDealerProfileThenOffersTheMenuAgain(string ask) =>
        Flow(Zh)
            .Send("你好").AssertReply(ChineseMenu)
            .Send(ask)
            .AssertReply("长春一汽-大众华阳4S店\n营业时间：周一至周日 8:30-17:30\n地址：长春市绿园区西新工业园区日新路888号\n电话：0431-8888 6666")
            .AssertReply(Strings.MenuPromptAgain(Zh)).AssertSuggestedActions(ChineseChoices)
            .AssertStatus(DialogTurnStatus.Waiting)
            .RunAsync();

    [Fact]
    public Task AnswersStoreInfoInEnglishFromTheEnglishProfileFields() =>
        Flow(En)
            .Send("hello").AssertReply(EnglishMenu)
            .Send("Store info")
            .AssertReplyContains("Huayang FAW-VW Dealership", "Opening hours: Mon-Sun 8:30-17:30", "Address: 888 Rixin Road", "Phone: 0431-8888 6666")
            .AssertReply(Strings.MenuPromptAgain(En)).AssertSuggestedActions(EnglishChoices)
            .RunAsync();

    [Fact]
    public Task FallsBackToChineseProfileTextWhenNoEnglishIsConfigured() =>
        new ConversationFlow(() => new MainMenuDialog(new DealerProfile { Name = "华阳4S店", Address = "日新路888号", Phone = "110", OpeningHours = "8:30-17:30" }), En)
            .Send("hi").AssertReplyContains("welcome to 华阳4S店")
            .Send("5").AssertReplyContains("Address: 日新路888号")
            .AssertReply(Strings.MenuPromptAgain(En))
            .RunAsync();

    [Theory]
    [InlineData(Zh, "4")]
    [InlineData(Zh, "人工")]
    [InlineData(Zh, "转人工客服")]
    [InlineData(En, "Talk to a person")]
    [InlineData(En, "agent")]
    public Task HandoffSaysAColleagueWillFollowUpAndReturnsToTheMenu(string locale, string ask) =>
        Flow(locale)
            .Send("hi").AssertReplyContains(locale == Zh ? "欢迎" : "welcome")
            .Send(ask).AssertReply(Strings.HandoffComingSoon(locale))
            .AssertReply(Strings.MenuPromptAgain(locale))
            .RunAsync();

    [Theory]
    [InlineData(Zh, "1", "“预约保养”功能正在准备上线")]
    [InlineData(Zh, "投诉", "“投诉建议”功能正在准备上线")]
    [InlineData(Zh, "第三个", "“满意度回访”功能正在准备上线")]
    [InlineData(En, "book service", "\"Book service\" is coming soon")]
    [InlineData(En, "second", "\"Complaint\" is coming soon")]
    public Task UnbuiltServicesSayTheyAreComingSoonWithTheDealerPhone(string locale, string ask, string expected) =>
        Flow(locale)
            .Send("hi").AssertReplyContains(locale == Zh ? "欢迎" : "welcome")
            .Send(ask).AssertReplyContains(expected, "0431-8888 6666")
            .AssertReply(Strings.MenuPromptAgain(locale))
            .RunAsync();

    [Fact]
    public Task AGreetingWhileTheMenuWaitsReshowsTheMenuWithoutCountingAsAWrongAnswer() =>
        Flow(Zh)
            .Send("你好").AssertReply(ChineseMenu)
            .Send("你好").AssertReply(ChineseMenu).AssertSuggestedActions(ChineseChoices)
            .Send("随便看看").AssertReply(Strings.MenuRetry(Zh)).AssertSuggestedActions(ChineseChoices)
            .Send("在吗？").AssertReply(ChineseMenu)
            .Send("随便看看").AssertReply(Strings.MenuRetry(Zh))
            .Send("您好").AssertReply(ChineseMenu)
            .Send("门店").AssertReplyContains("营业时间").AssertReply(Strings.MenuPromptAgain(Zh))
            .RunAsync();

    [Fact]
    public Task AfterThreeUnrecognizedAnswersItAdmitsItAndOffersTheMenuAgain() =>
        Flow(Zh)
            .Send("你好").AssertReply(ChineseMenu)
            .Send("天气怎么样").AssertReply(Strings.MenuRetry(Zh))
            .Send("今天几号了啊啊").AssertReply(Strings.MenuRetry(Zh))
            .Send("哈哈哈").AssertReply(Strings.NotUnderstood(Zh))
            .AssertReply(Strings.MenuPromptAgain(Zh)).AssertSuggestedActions(ChineseChoices)
            .AssertStatus(DialogTurnStatus.Waiting)
            .RunAsync();

    [Fact]
    public Task TheMenuLoopKeepsOneStackEntryTurnAfterTurn() =>
        Flow(Zh)
            .Send("你好").AssertReply(ChineseMenu)
            .Send("5").AssertReplyContains("营业时间").AssertReply(Strings.MenuPromptAgain(Zh))
            .Send("5").AssertReplyContains("营业时间").AssertReply(Strings.MenuPromptAgain(Zh))
            .AssertState(state => Assert.Equal([nameof(MainMenuDialog)], state.Stack.Select(i => i.Id), StringComparer.Ordinal))
            .RunAsync();

    private static ConversationFlow Flow(string locale) => new(() => new MainMenuDialog(Dealer), locale);
}
