using System.Diagnostics.CodeAnalysis;

namespace ContactHub.Hub.Sms;

/// <summary>A webhook's form (one value per name), read and signature-checked; or the answer that refuses it.</summary>
public sealed record SmsVerifiedForm(IReadOnlyDictionary<string, string>? Form, SmsWebhookAnswer? Refusal)
{
    [MemberNotNullWhen(true, nameof(Form))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsVerified => Form is not null;
}
