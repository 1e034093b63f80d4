using ContactHub.Hub.Identity;

namespace ContactHub.Hub.Tests.Identity;

/// <summary>The SMS side of verification: records each code it was asked to send, or fails when told to.</summary>
public sealed class RecordingCodeSender : IVerificationCodeSender
{
    public List<(string Mobile, string Code)> Sent { get; } = [];

    public bool Fail { get; set; }

    public string LastCode => Sent[^1].Code;

    public Task<bool> SendAsync(string mobile, string code, string locale, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            return Task.FromResult(false);
        }

        Sent.Add((mobile, code));
        return Task.FromResult(true);
    }
}
