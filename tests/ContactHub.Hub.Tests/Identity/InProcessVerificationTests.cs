using ContactHub.Channels;
using ContactHub.Hub.Identity;

namespace ContactHub.Hub.Tests.Identity;

public sealed class InProcessVerificationTests : VerificationServiceCases
{
    private readonly InMemoryVerificationCodeStore _store = new();

    protected override IVerificationCodeStore Store => _store;

    /// <summary>The in-process store holds records; peeking uses a try, which the caller's assertions do not depend on.</summary>
    protected override async Task<IReadOnlyList<string>> StoredValuesAsync(ConversationKey conversation, string mobile)
    {
        var pending = await _store.TakeTryAsync(conversation, CancellationToken.None);
        return pending is null ? [] : [pending.Mobile, pending.Hash, pending.Salt];
    }
}
