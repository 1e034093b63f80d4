using ContactHub.Channels;
using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ContactHub.Hub.Tests.Identity;

/// <summary>
/// The verification rules every store must give (Wolverine's shared-suite idea): each store joins with one subclass.
/// Every test uses its own conversation and number, so the suite can share one Redis.
/// </summary>
public abstract class VerificationServiceCases
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));
    private readonly RecordingCodeSender _sender = new();
    private readonly ConversationKey _chat = new("wechat", "o" + Guid.NewGuid().ToString("N"));
    private readonly string _mobile = NewMobile();
    private IdentityVerificationService? _service;

    protected abstract IVerificationCodeStore Store { get; }

    private IdentityVerificationService Service => _service ??= new(
        Store, _sender, _clock, Options.Create(new IdentityVerificationOptions { CodePepper = "test-pepper" }), NullLogger<IdentityVerificationService>.Instance);

    [Fact]
    public async Task SendsASixDigitCodeThatVerifiesOnlyOnce()
    {
        var sent = await Service.SendCodeAsync(_chat, _mobile, "zh-CN", CancellationToken.None);

        Assert.Equal(CodeSendResult.Sent(TimeSpan.FromMinutes(5)), sent);
        Assert.Matches("^[0-9]{6}$", _sender.LastCode);
        Assert.Equal(CodeCheckResult.Verified, await CheckAsync(_sender.LastCode));
        Assert.Equal(CodeCheckResult.Expired, await CheckAsync(_sender.LastCode));
    }

    [Fact]
    public async Task ACodeExpiresAfterFiveMinutes()
    {
        await SendAsync();
        _clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        Assert.Equal(CodeCheckResult.Wrong(2), await CheckAsync(Wrong(_sender.LastCode)));

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(CodeCheckResult.Expired, await CheckAsync(_sender.LastCode));
    }

    [Fact]
    public async Task ThreeWrongTriesVoidTheCode()
    {
        await SendAsync();
        var code = _sender.LastCode;

        Assert.Equal(CodeCheckResult.Wrong(2), await CheckAsync(Wrong(code)));
        Assert.Equal(CodeCheckResult.Wrong(1), await CheckAsync(Wrong(code)));
        Assert.Equal(CodeCheckResult.NoTriesLeft, await CheckAsync(Wrong(code)));
        Assert.Equal(CodeCheckResult.Expired, await CheckAsync(code));
    }

    [Fact]
    public async Task TheRightCodeOnTheLastTryStillVerifies()
    {
        await SendAsync();
        await CheckAsync(Wrong(_sender.LastCode));
        await CheckAsync(Wrong(_sender.LastCode));

        Assert.Equal(CodeCheckResult.Verified, await CheckAsync(_sender.LastCode));
    }

    [Fact]
    public async Task ACodeOnlyVerifiesTheNumberAndConversationItWasSentFor()
    {
        await SendAsync();
        var other = new ConversationKey("wechat", "o" + Guid.NewGuid().ToString("N"));

        Assert.Equal(CodeCheckResult.Expired, await Service.CheckCodeAsync(other, _mobile, _sender.LastCode, CancellationToken.None));
        Assert.Equal(CodeCheckResult.Expired, await Service.CheckCodeAsync(_chat, NewMobile(), _sender.LastCode, CancellationToken.None));
    }

    [Fact]
    public async Task ANewCodeReplacesThePreviousOne()
    {
        await SendAsync();
        var first = _sender.LastCode;
        _clock.Advance(TimeSpan.FromSeconds(60));
        await SendAsync();

        // One draw in a million repeats the first code, which then is the new code too.
        if (!string.Equals(first, _sender.LastCode, StringComparison.Ordinal))
        {
            Assert.Equal(CodeCheckResult.Wrong(2), await CheckAsync(first));
        }

        Assert.Equal(CodeCheckResult.Verified, await CheckAsync(_sender.LastCode));
    }

    [Fact]
    public async Task ASecondCodeWithinAMinuteIsRefusedWithTheWait()
    {
        await SendAsync();
        _clock.Advance(TimeSpan.FromSeconds(15));

        Assert.Equal(CodeSendResult.RateLimited(TimeSpan.FromSeconds(45)), await Service.SendCodeAsync(_chat, _mobile, "zh-CN", CancellationToken.None));
        Assert.Single(_sender.Sent);
    }

    [Fact]
    public async Task ANumberGetsAtMostFiveCodesAnHourWhicheverConversationAsks()
    {
        for (var i = 0; i < 5; i++)
        {
            var sent = await Service.SendCodeAsync(new ConversationKey("webchat", Guid.NewGuid().ToString("N")), _mobile, "en", CancellationToken.None);
            Assert.Equal(CodeSendOutcome.Sent, sent.Outcome);
            _clock.Advance(TimeSpan.FromMinutes(2));
        }

        var refused = await Service.SendCodeAsync(new ConversationKey("webchat", Guid.NewGuid().ToString("N")), _mobile, "en", CancellationToken.None);
        Assert.Equal(CodeSendResult.RateLimited(TimeSpan.FromMinutes(50)), refused);

        _clock.Advance(TimeSpan.FromMinutes(50));
        Assert.Equal(CodeSendOutcome.Sent, (await Service.SendCodeAsync(_chat, _mobile, "en", CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task AConversationGetsAtMostFiveCodesAnHourWhicheverNumbersItTries()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(CodeSendOutcome.Sent, (await Service.SendCodeAsync(_chat, NewMobile(), "zh-CN", CancellationToken.None)).Outcome);
            _clock.Advance(TimeSpan.FromMinutes(1));
        }

        var refused = await Service.SendCodeAsync(_chat, NewMobile(), "zh-CN", CancellationToken.None);

        Assert.Equal(CodeSendResult.RateLimited(TimeSpan.FromMinutes(55)), refused);
        Assert.Equal(5, _sender.Sent.Count);
    }

    [Fact]
    public async Task AFailedSendLeavesNoCodePending()
    {
        _sender.Fail = true;

        Assert.Equal(CodeSendResult.Failed, await Service.SendCodeAsync(_chat, _mobile, "zh-CN", CancellationToken.None));
        Assert.Null(await Store.TakeTryAsync(_chat, CancellationToken.None));
    }

    [Fact]
    public async Task TheCodeIsStoredOnlyAsASaltedHash()
    {
        await SendAsync();
        var code = _sender.LastCode;

        var stored = string.Join("|", await StoredValuesAsync(_chat, _mobile));

        Assert.NotEmpty(stored);
        Assert.DoesNotContain(code, stored, StringComparison.Ordinal);
        Assert.Contains(VerificationCodeHash.Compute(_mobile, code, (await Store.TakeTryAsync(_chat, CancellationToken.None))!.Salt, "test-pepper"), stored, StringComparison.Ordinal);
    }

    /// <summary>Everything the store holds for the conversation and the number, as text.</summary>
    protected abstract Task<IReadOnlyList<string>> StoredValuesAsync(ConversationKey conversation, string mobile);

    private static string NewMobile() => "+86139" + Random.Shared.Next(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    private static string Wrong(string code) => code == "000000" ? "000001" : "000000";

    private Task SendAsync() => Service.SendCodeAsync(_chat, _mobile, "zh-CN", CancellationToken.None);

    private Task<CodeCheckResult> CheckAsync(string code) => Service.CheckCodeAsync(_chat, _mobile, code, CancellationToken.None);
}
