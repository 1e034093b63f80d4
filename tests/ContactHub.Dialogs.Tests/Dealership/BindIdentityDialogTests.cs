using ContactHub.Dialogs.Dealership;
using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Tests.Fakes;
using ContactHub.Dialogs.Tests.Flow;
using Microsoft.Extensions.Time.Testing;

namespace ContactHub.Dialogs.Tests.Dealership;

public sealed class BindIdentityDialogTests
{
    private const string Zh = "zh-CN";
    private const string En = "en";
    private const string Mobile = "+8613812345678";

    private static readonly CustomerInfo Customer = new(7, "王建国", Mobile, null, "sms", Zh);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));
    private readonly FakeCareCustomerDirectory _customers = new(Customer);
    private readonly FakeCareHandoff _handoff = new();
    private readonly FakeIdentityVerification _verification;

    public BindIdentityDialogTests() => _verification = new FakeIdentityVerification(_clock);

    [Theory]
    [InlineData(Zh, "138 1234 5678")]
    [InlineData(Zh, "我的手机号是13812345678")]
    [InlineData(En, "+86 138-1234-5678")]
    public async Task SendsACodeToTheNumberAndLinksTheConversationOnceTheCodeIsRight(string locale, string mobile)
    {
        await Flow(locale)
            .Send("绑定").AssertReply(Strings.BindAskMobile(locale))
            .Send(mobile).AssertReply(Strings.BindCodeSent(locale, "138****5678", "5"))
            .Send("100001").AssertReply(Strings.BindSucceeded(locale, "王建国"))
            .AssertStatus(DialogTurnStatus.Complete).AssertResult(7L)
            .RunAsync();

        Assert.Equal([(Mobile, "100001")], _verification.Sent);
        Assert.Equal([(7L, "test", "user-1")], _customers.Links);
    }

    [Theory]
    [InlineData(Zh, "12345")]
    [InlineData(Zh, "不告诉你")]
    [InlineData(En, "021-12345678")]
    public Task SomethingThatIsNotAMobileNumberIsAskedAgain(string locale, string notAMobile) =>
        Flow(locale)
            .Send("bind").AssertReply(Strings.BindAskMobile(locale))
            .Send(notAMobile).AssertReply(Strings.BindMobileRetry(locale))
            .Send("13812345678").AssertReply(Strings.BindCodeSent(locale, "138****5678", "5"))
            .RunAsync();

    [Fact]
    public async Task ACodeInTheWrongShapeIsAskedAgainWithoutUsingATry()
    {
        await CodeSent(Zh)
            .Send("abc").AssertReply(Strings.BindCodeRetry(Zh))
            .Send("１００ ００１").AssertReply(Strings.BindSucceeded(Zh, "王建国"))
            .RunAsync();

        Assert.Equal(1, _verification.Checks);
    }

    [Theory]
    [InlineData(Zh, "否")]
    [InlineData(En, "no")]
    public async Task ThreeWrongCodesVoidTheCodeAndNothingIsLinked(string locale, string no)
    {
        await CodeSent(locale)
            .Send("111111").AssertReply(Strings.BindCodeWrong(locale, "2"))
            .Send("222222").AssertReply(Strings.BindCodeWrong(locale, "1"))
            .Send("333333").AssertReply(Strings.BindCodeNoTriesLeft(locale)).AssertReplyContains(Strings.BindAskResend(locale))
            .Send(no).AssertReply(Strings.BindGaveUp(locale))
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();

        Assert.Equal(3, _verification.Checks);
        Assert.Empty(_customers.Links);
    }

    [Fact]
    public async Task AfterThreeWrongCodesANewCodeCanBeSentOnceTheResendIntervalHasPassed()
    {
        await CodeSent(Zh)
            .Send("111111").AssertReply(Strings.BindCodeWrong(Zh, "2"))
            .Send("222222").AssertReply(Strings.BindCodeWrong(Zh, "1"))
            .AdvanceClock(_clock, TimeSpan.FromSeconds(61))
            .Send("333333").AssertReply(Strings.BindCodeNoTriesLeft(Zh)).AssertReplyContains(Strings.BindAskResend(Zh))
            .Send("是").AssertReply(Strings.BindCodeSent(Zh, "138****5678", "5"))
            .Send("100002").AssertReply(Strings.BindSucceeded(Zh, "王建国"))
            .RunAsync();

        Assert.Equal(["100001", "100002"], _verification.Sent.Select(s => s.Code), StringComparer.Ordinal);
        Assert.Single(_customers.Links);
    }

    [Theory]
    [InlineData(Zh)]
    [InlineData(En)]
    public async Task AnExpiredCodeIsRefusedAndANewOneOffered(string locale)
    {
        await CodeSent(locale)
            .AdvanceClock(_clock, TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1))
            .Send("100001").AssertReply(Strings.BindCodeExpired(locale)).AssertReplyContains(Strings.BindAskResend(locale))
            .Send(locale == Zh ? "好的" : "yes").AssertReply(Strings.BindCodeSent(locale, "138****5678", "5"))
            .Send("100002").AssertReply(Strings.BindSucceeded(locale, "王建国"))
            .RunAsync();

        Assert.Single(_customers.Links);
    }

    [Theory]
    [InlineData(Zh, "重新发送", "45 秒")]
    [InlineData(En, "resend", "45 seconds")]
    public async Task AskingForAnotherCodeTooSoonSaysWhenToRetry(string locale, string resend, string wait)
    {
        await CodeSent(locale)
            .AdvanceClock(_clock, TimeSpan.FromSeconds(15))
            .Send(resend).AssertReply(Strings.BindRateLimited(locale, wait))
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();

        Assert.Single(_verification.Sent);
    }

    [Fact]
    public Task AFailedSmsIsSaidSoAndEndsTheDialog()
    {
        _verification.FailSends = true;
        return Flow(Zh)
            .Send("绑定").AssertReply(Strings.BindAskMobile(Zh))
            .Send("13812345678").AssertReply(Strings.BindSendFailed(Zh))
            .AssertStatus(DialogTurnStatus.Complete)
            .RunAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AVerifiedNumberWithNoCustomerRecordIsToldPolitelyAndOfferedAPerson(bool deskAvailable)
    {
        var dialog = new BindIdentityDialog(_verification, _customers, deskAvailable ? _handoff : null);
        await new ConversationFlow(() => dialog, Zh)
            .Send("绑定").AssertReply(Strings.BindAskMobile(Zh))
            .Send("13900001111").AssertReply(Strings.BindCodeSent(Zh, "139****1111", "5"))
            .Send("100001").AssertReplyContains(Strings.BindNoCustomer(Zh))
            .Send("是").AssertReply(deskAvailable ? Strings.HandoffRequested(Zh) : Strings.CallbackPromised(Zh))
            .RunAsync();

        Assert.Empty(_customers.Links);
        Assert.Equal(deskAvailable ? ["bind.no-customer"] : [], _handoff.Requests.Select(r => r.Reason), StringComparer.Ordinal);
    }

    [Fact]
    public async Task CancellingWhileTheCodeIsAwaitedLinksNothing()
    {
        await CodeSent(Zh)
            .CancelAll().AssertStatus(DialogTurnStatus.Cancelled)
            .RunAsync();

        Assert.Empty(_customers.Links);
        Assert.Equal(0, _verification.Checks);
    }

    [Fact]
    public Task AKnownMobileFromTheBeginOptionsGoesStraightToTheCode() =>
        new ConversationFlow(() => new BegunWith(Dialog(), new BindIdentityValues { Mobile = Mobile }), En)
            .Send("bind 13812345678").AssertReply(Strings.BindCodeSent(En, "138****5678", "5"))
            .RunAsync();

    private BindIdentityDialog Dialog() => new(_verification, _customers, _handoff);

    private ConversationFlow Flow(string locale) => new(Dialog, locale);

    private ConversationFlow CodeSent(string locale) =>
        Flow(locale)
            .Send("绑定").AssertReply(Strings.BindAskMobile(locale))
            .Send("13812345678").AssertReply(Strings.BindCodeSent(locale, "138****5678", "5"));
}
