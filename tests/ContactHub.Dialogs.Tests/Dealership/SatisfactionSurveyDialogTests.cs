using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Tests.Fakes;
using ContactHub.Dialogs.Tests.Flow;

namespace ContactHub.Dialogs.Tests.Dealership;

public sealed class SatisfactionSurveyDialogTests
{
    private const string Zh = "zh-CN";
    private const string En = "en";

    private static readonly CustomerInfo Customer = new(7, "王先生", "+8613812345678", null, "wechat", Zh);
    private static SatisfactionSurveyValues ServiceVisit => new() { Kind = SurveyKind.Service, CustomerId = 7, VehicleId = 21, ServiceVisitId = 301 };

    private readonly FakeSurveyStore _surveys = new();
    private readonly FakeComplaintDesk _desk = new();
    private readonly FakeCareHandoff _handoff = new();
    private readonly FakeCareCustomerDirectory _customers = new FakeCareCustomerDirectory(Customer).WithIdentity("test", "user-1", Customer.Id);

    [Theory]
    [InlineData(Zh, "5", "四星", "非常满意", "★★★★", "9", "服务顾问小李很专业")]
    [InlineData(Zh, "五", "4分", "很满意", "😊", "十", "没什么意见，挺好")]
    [InlineData(En, "5", "4 stars", "very satisfied", "⭐⭐⭐⭐", "9", "Quick and friendly")]
    public async Task AsksTheServiceQuestionsInTurnSavesEachAnswerAndThanksTheCustomer(
        string locale, string overall, string advisor, string repair, string timeliness, string nps, string comment)
    {
        await Flow(locale)
            .Send("hi").AssertReply(Strings.SurveyIntroService(locale)).AssertReply(Strings.SurveyAskServiceOverall(locale))
            .Send(overall).AssertReply(Strings.SurveyAskAdvisor(locale))
            .Send(advisor).AssertReply(Strings.SurveyAskRepairQuality(locale))
            .Send(repair).AssertReply(Strings.SurveyAskTimeliness(locale))
            .Send(timeliness).AssertReply(Strings.SurveyAskNps(locale))
            .Send(nps).AssertReply(Strings.SurveyAskComment(locale))
            .Send(comment).AssertReply(Strings.SurveyThanks(locale))
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();

        var survey = _surveys.Single();
        Assert.Equal((7L, SurveyKind.Service, (long?)null), (survey.CustomerId, survey.Kind, survey.ServiceVisitId));
        Assert.Equal((SurveyStatus.Completed, (int?)Score(nps), comment), (survey.Status, survey.Nps, survey.Comment));
        Assert.Equal(["overall", "advisor", "repair", "timeliness", "nps", "comment"], survey.Answers.Select(a => a.QuestionId), StringComparer.Ordinal);
        Assert.Equal([Score(overall), 4, 5, 4, Score(nps), null], survey.Answers.Select(a => a.Score));
        Assert.Empty(_desk.Opened);
        Assert.Empty(_handoff.Requests);
    }

    [Theory]
    [InlineData(Zh, "跳过", "不想答了")]
    [InlineData(Zh, "下一题", "别问了")]
    [InlineData(En, "skip", "stop")]
    public async Task SkipPassesAQuestionAndStopEndsTheSurveyKeepingTheAnswersGiven(string locale, string skip, string stop)
    {
        await Flow(locale)
            .Send("hi").AssertReply(Strings.SurveyIntroService(locale)).AssertReply(Strings.SurveyAskServiceOverall(locale))
            .Send("4").AssertReply(Strings.SurveyAskAdvisor(locale))
            .Send(skip).AssertReply(Strings.SurveyAskRepairQuality(locale))
            .Send("3").AssertReply(Strings.SurveyAskTimeliness(locale))
            .Send(stop).AssertReply(Strings.SurveyStopped(locale))
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();

        var survey = _surveys.Single();
        Assert.Equal(SurveyStatus.Stopped, survey.Status);
        Assert.Equal([("overall", 4), ("repair", 3)], survey.Answers.Select(a => (a.QuestionId, a.Score ?? -1)));
    }

    [Theory]
    [InlineData(Zh, "六", "满意")]
    [InlineData(Zh, "今天天气不错啊", "4")]
    [InlineData(En, "maybe", "good")]
    public Task ARatingOutsideOneToFiveIsAskedAgain(string locale, string invalid, string valid) =>
        Flow(locale)
            .Send("hi").AssertReply(Strings.SurveyIntroService(locale)).AssertReply(Strings.SurveyAskServiceOverall(locale))
            .Send(invalid).AssertReply(Strings.SurveyRatingRetry(locale))
            .Send(valid).AssertReply(Strings.SurveyAskAdvisor(locale))
            .RunAsync();

    [Fact]
    public async Task NpsTakesOnlyANumberFromZeroToTen()
    {
        await Flow(Zh)
            .Send("hi").AssertReply(Strings.SurveyIntroService(Zh)).AssertReply(Strings.SurveyAskServiceOverall(Zh))
            .Send("5").AssertReply(Strings.SurveyAskAdvisor(Zh))
            .Send("5").AssertReply(Strings.SurveyAskRepairQuality(Zh))
            .Send("5").AssertReply(Strings.SurveyAskTimeliness(Zh))
            .Send("5").AssertReply(Strings.SurveyAskNps(Zh))
            .Send("非常满意").AssertReply(Strings.SurveyNpsRetry(Zh))
            .Send("11").AssertReply(Strings.SurveyNpsRetry(Zh))
            .Send("打8分").AssertReply(Strings.SurveyAskComment(Zh))
            .RunAsync();

        Assert.Equal(8, _surveys.Single().Answers.Single(a => a.QuestionId == "nps").Score);
    }

    [Fact]
    public async Task CancellingMidwayKeepsTheAnswersAlreadySaved()
    {
        await Flow(Zh)
            .Send("hi").AssertReply(Strings.SurveyIntroService(Zh)).AssertReply(Strings.SurveyAskServiceOverall(Zh))
            .Send("5").AssertReply(Strings.SurveyAskAdvisor(Zh))
            .CancelAll().AssertStatus(DialogTurnStatus.Cancelled)
            .RunAsync();

        Assert.Equal([("overall", 5)], _surveys.Single().Answers.Select(a => (a.QuestionId, a.Score ?? -1)));
    }

    [Theory]
    [InlineData(Zh, "1", "登记投诉", "保养后空调还是不凉，又坏了", "是")]
    [InlineData(En, "1", "File a complaint", "The air conditioning is broken again", "yes")]
    public async Task ALowOverallScoreOffersAComplaintThatCarriesTheScores(string locale, string overall, string choice, string story, string yes)
    {
        await Flow(locale)
            .Send("hi").AssertReply(Strings.SurveyIntroService(locale)).AssertReply(Strings.SurveyAskServiceOverall(locale))
            .Send(overall).AssertReply(Strings.SurveyAskAdvisor(locale))
            .Send("3").AssertReply(Strings.SurveyAskRepairQuality(locale))
            .Send("2").AssertReply(Strings.SurveyAskTimeliness(locale))
            .Send("3").AssertReply(Strings.SurveyAskNps(locale))
            .Send("8").AssertReply(Strings.SurveyAskComment(locale))
            .Send("skip").AssertReply(Strings.SurveyLowScoreOffer(locale))
            .AssertSuggestedActions(Strings.SurveyChoiceComplaint(locale), Strings.SurveyChoiceCallback(locale), Strings.SurveyChoiceNoThanks(locale))
            .Send(choice).AssertReply(Strings.ComplaintAskDescription(locale))
            .Send(story).AssertReplyContains(locale == Zh ? "“维修质量”" : "\"Repair quality\"")
            .Send(yes).AssertReplyContains("TS-20261127-0001")
            .AssertStatus(DialogTurnStatus.Complete)
            .AssertState(state => Assert.Empty(state.Stack))
            .RunAsync();

        Assert.Equal(SurveyStatus.Completed, _surveys.Single().Status);
        var complaint = Assert.Single(_desk.Opened);
        Assert.Equal(ComplaintCategory.RepairQuality, complaint.Category);
        Assert.Equal(story + "\n" + Strings.SurveyComplaintContext(locale, "overall 1"), complaint.Description);
        Assert.Equal(7, complaint.CustomerId);
    }

    [Fact]
    public async Task ALowNpsOffersACallbackThatHandsTheConversationToAPerson()
    {
        await Flow(Zh)
            .Send("hi").AssertReply(Strings.SurveyIntroService(Zh)).AssertReply(Strings.SurveyAskServiceOverall(Zh))
            .Send("3").AssertReply(Strings.SurveyAskAdvisor(Zh))
            .Send("跳过").AssertReply(Strings.SurveyAskRepairQuality(Zh))
            .Send("跳过").AssertReply(Strings.SurveyAskTimeliness(Zh))
            .Send("跳过").AssertReply(Strings.SurveyAskNps(Zh))
            .Send("5").AssertReply(Strings.SurveyAskComment(Zh))
            .Send("等的时间太长").AssertReply(Strings.SurveyLowScoreOffer(Zh))
            .Send("客服回电").AssertReply(Strings.HandoffRequested(Zh))
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();

        var request = Assert.Single(_handoff.Requests);
        Assert.Equal(("test", "user-1", "survey.low-score"), (request.ChannelId, request.UserId, request.Reason));
        Assert.Contains("nps 5", request.Summary, StringComparison.Ordinal);
        Assert.Equal((5, "等的时间太长"), (_surveys.Single().Nps!.Value, _surveys.Single().Comment));
    }

    [Fact]
    public async Task WhenConfiguredALowScoreGoesStraightToAnAgent()
    {
        var options = new SurveyOptions
        {
            HandOffLowScores = true,
            ServiceQuestions = [new() { Id = "overall", Kind = SurveyQuestionKind.Rating, TextKey = nameof(Strings.SurveyAskServiceOverall) }],
        };
        await new ConversationFlow(() => new BegunWith(Dialog(_handoff, options), ServiceVisit), Zh)
            .Send("hi").AssertReply(Strings.SurveyIntroService(Zh)).AssertReply(Strings.SurveyAskServiceOverall(Zh))
            .Send("1").AssertReply(Strings.HandoffRequested(Zh))
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();

        var request = Assert.Single(_handoff.Requests);
        Assert.Equal("survey.low-score", request.Reason);
        Assert.Contains("overall 1", request.Summary, StringComparison.Ordinal);
        Assert.Equal(SurveyStatus.Completed, _surveys.Single().Status);
    }

    [Fact]
    public async Task WithoutAnAgentDeskACallbackIsPromisedInstead()
    {
        await OneQuestionFlow(handoff: null)
            .Send("很差").AssertReply(Strings.SurveyLowScoreOffer(Zh))
            .Send("2").AssertReply(Strings.CallbackPromised(Zh))
            .RunAsync();

        Assert.Equal(1, _surveys.Single().Answers.Single().Score);
    }

    [Fact]
    public async Task ALowScoreOfferCanBeDeclined()
    {
        await OneQuestionFlow(_handoff)
            .Send("不满意").AssertReply(Strings.SurveyLowScoreOffer(Zh))
            .Send("不用了").AssertReply(Strings.SurveyNoThanks(Zh))
            .RunAsync();

        Assert.Empty(_desk.Opened);
        Assert.Empty(_handoff.Requests);
    }

    [Fact]
    public async Task AStopAfterALowScoreEndsWithoutFurtherQuestions()
    {
        await new ConversationFlow(() => new BegunWith(Dialog(_handoff), ServiceVisit), Zh)
            .Send("hi").AssertReply(Strings.SurveyIntroService(Zh)).AssertReply(Strings.SurveyAskServiceOverall(Zh))
            .Send("1").AssertReply(Strings.SurveyAskAdvisor(Zh))
            .Send("不想答了").AssertReply(Strings.SurveyStopped(Zh))
            .RunAsync();

        Assert.Equal(SurveyStatus.Stopped, _surveys.Single().Status);
        Assert.Empty(_handoff.Requests);
    }

    [Fact]
    public async Task AScoreThatAnsweredTheInvitationIsTheFirstAnswer()
    {
        var options = ServiceVisit with { FirstAnswer = "👍" };
        await new ConversationFlow(() => new BegunWith(Dialog(), options), Zh)
            .Send("👍").AssertReply(Strings.SurveyIntroService(Zh)).AssertReply(Strings.SurveyAskAdvisor(Zh))
            .RunAsync();

        Assert.Equal([("overall", 5)], _surveys.Single().Answers.Select(a => (a.QuestionId, a.Score ?? -1)));
    }

    [Fact]
    public async Task TheVisitFromTheBeginOptionsIsRecordedWithTheSurvey()
    {
        await new ConversationFlow(() => new BegunWith(Dialog(), ServiceVisit), Zh)
            .Send("hi").AssertReply(Strings.SurveyIntroService(Zh)).AssertReply(Strings.SurveyAskServiceOverall(Zh))
            .RunAsync();

        var survey = _surveys.Single();
        Assert.Equal((7L, SurveyKind.Service, 21L, 301L), (survey.CustomerId, survey.Kind, survey.VehicleId!.Value, survey.ServiceVisitId!.Value));
    }

    [Theory]
    [InlineData(Zh)]
    [InlineData(En)]
    public async Task TheSalesSurveyAsksAboutThePurchase(string locale)
    {
        var sale = new SatisfactionSurveyValues { Kind = SurveyKind.Sales, VehicleId = 21 };
        await new ConversationFlow(() => new BegunWith(Dialog(), sale), locale)
            .Send("hi").AssertReply(Strings.SurveyIntroSales(locale)).AssertReply(Strings.SurveyAskSalesOverall(locale))
            .Send("5").AssertReply(Strings.SurveyAskSalesConsultant(locale))
            .Send("5").AssertReply(Strings.SurveyAskDelivery(locale))
            .Send("4").AssertReply(Strings.SurveyAskNps(locale))
            .Send("10").AssertReply(Strings.SurveyAskComment(locale))
            .Send("skip").AssertReply(Strings.SurveyThanks(locale))
            .RunAsync();

        var survey = _surveys.Single();
        Assert.Equal((SurveyKind.Sales, 7L, 10), (survey.Kind, survey.CustomerId, survey.Nps!.Value));
    }

    [Fact]
    public async Task ConfiguredQuestionsAndThresholdsReplaceTheDefaults()
    {
        var options = new SurveyOptions
        {
            LowOverallAtMost = 3,
            ServiceQuestions = [new() { Id = "overall", Kind = SurveyQuestionKind.Rating, Text = "洗车满意吗？", TextEn = "Happy with the car wash?" }],
        };
        await new ConversationFlow(() => new BegunWith(Dialog(options: options), ServiceVisit), En)
            .Send("hi").AssertReply(Strings.SurveyIntroService(En)).AssertReply("Happy with the car wash?")
            .Send("3").AssertReply(Strings.SurveyLowScoreOffer(En))
            .Send("no").AssertReply(Strings.SurveyNoThanks(En))
            .RunAsync();

        Assert.Equal(SurveyStatus.Completed, _surveys.Single().Status);
    }

    [Fact]
    public async Task WithoutACustomerRecordNoSurveyIsStarted()
    {
        await new ConversationFlow(() => new SatisfactionSurveyDialog(_surveys, new FakeCareCustomerDirectory(), Complaint(), _handoff), Zh)
            .Send("满意度回访").AssertReply(Strings.SurveyNoCustomer(Zh))
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();

        Assert.Empty(_surveys.Surveys);
    }

    private static int Score(string answer) => ContactHub.Dialogs.Recognition.SurveyScoreRecognizer.TryScore(answer, out var score) ? score : -1;

    /// <summary>A survey of the overall question alone, so a low score reaches the offer in one answer.</summary>
    private ConversationFlow OneQuestionFlow(IHandoff? handoff)
    {
        var options = new SurveyOptions { ServiceQuestions = [new() { Id = "overall", Kind = SurveyQuestionKind.Rating, TextKey = nameof(Strings.SurveyAskServiceOverall) }] };
        return new ConversationFlow(() => new BegunWith(Dialog(handoff, options), ServiceVisit), Zh)
            .Send("hi").AssertReply(Strings.SurveyIntroService(Zh)).AssertReply(Strings.SurveyAskServiceOverall(Zh));
    }

    private ComplaintDialog Complaint() => new(_desk, _customers);

    private SatisfactionSurveyDialog Dialog(IHandoff? handoff = null, SurveyOptions? options = null) =>
        new(_surveys, _customers, Complaint(), handoff, options);

    /// <summary>No begin options: the customer is found from the conversation, as when the menu starts the survey.</summary>
    private ConversationFlow Flow(string locale) => new(() => Dialog(_handoff), locale);
}
