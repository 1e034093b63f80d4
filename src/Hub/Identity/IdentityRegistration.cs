using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactHub.Hub.Identity;

public static class IdentityRegistration
{
    /// <summary>
    /// Identity binding's verification codes (issue 3). The code sender is added with TryAdd: the SMS channel's
    /// Twilio sender wins when it is registered first, or when it is added later with a plain AddSingleton.
    /// </summary>
    public static IHostApplicationBuilder AddContactHubIdentity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<IdentityVerificationOptions>().Bind(builder.Configuration.GetSection(IdentityVerificationOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        if (builder.Configuration.HasRedis())
        {
            services.AddSingleton<IVerificationCodeStore, RedisVerificationCodeStore>();
        }
        else
        {
            services.AddSingleton<IVerificationCodeStore, InMemoryVerificationCodeStore>();
        }

        if (builder.Environment.IsDevelopment())
        {
            services.TryAddSingleton<IVerificationCodeSender, LoggingVerificationCodeSender>();
        }
        else
        {
            services.TryAddSingleton<IVerificationCodeSender, UnavailableVerificationCodeSender>();
        }

        services.AddSingleton<IIdentityVerification, IdentityVerificationService>();
        return builder;
    }
}
