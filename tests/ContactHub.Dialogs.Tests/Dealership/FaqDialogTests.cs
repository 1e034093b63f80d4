using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Tests.Flow;

namespace ContactHub.Dialogs.Tests.Dealership;

public sealed class FaqDialogTests
{
    private const string Zh = "zh-CN";
    private const string En = "en";
    private static readonly DealershipRig Rig = new();

    [Theory]
    [InlineData(Zh, "你们几点开门", "长春一汽-大众华阳4S店营业时间：周一至周日 8:30-17:30")]
    [InlineData(Zh, "营业时间是什么", "长春一汽-大众华阳4S店营业时间：周一至周日 8:30-17:30")]
    [InlineData(Zh, "你们店在哪", "长春一汽-大众华阳4S店地址：长春市绿园区西新工业园区日新路888号")]
    [InlineData(Zh, "客服电话多少", "长春一汽-大众华阳4S店服务电话：0431-8888 6666")]
    [InlineData(En, "what are your opening hours", "Huayang FAW-VW Dealership is open Mon-Sun 8:30-17:30.")]
    [InlineData(En, "what's your address", "Huayang FAW-VW Dealership is at 888 Rixin Road, Lvyuan District, Changchun.")]
    [InlineData(En, "phone number?", "You can call Huayang FAW-VW Dealership at 0431-8888 6666.")]
    public Task AnswersTheOneFactAskedFromTheDealerProfile(string locale, string ask, string answer) =>
        new ConversationFlow(() => Rig.Menu(), locale)
            .Send(ask).AssertReply(answer)
            .AssertReply(Strings.MenuPromptAgain(locale))
            .RunAsync();

    [Fact]
    public Task BegunWithoutATopicItGivesTheWholeStoreCardAndEnds() =>
        new ConversationFlow(new FaqDialog(DealershipRig.Dealer))
            .Send("门店信息")
            .AssertReply("长春一汽-大众华阳4S店\n营业时间：周一至周日 8:30-17:30\n地址：长春市绿园区西新工业园区日新路888号\n电话：0431-8888 6666")
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();

    [Fact]
    public Task FallsBackToTheChineseProfileWhenNoEnglishIsConfigured() =>
        new ConversationFlow(new BegunWith(new FaqDialog(new() { Name = "华阳4S店", Address = "日新路888号", Phone = "110", OpeningHours = "8:30-17:30" }), new FaqValues { Topic = FaqTopic.Address }), En)
            .Send("where are you").AssertReply("华阳4S店 is at 日新路888号.")
            .RunAsync();
}
