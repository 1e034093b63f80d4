using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Identity;
using ContactHub.Hub.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;

namespace ContactHub.Hub.Tests.Identity;

public sealed class IdentityRegistrationTests
{
    [Theory]
    [InlineData("Development", typeof(LoggingVerificationCodeSender))]
    [InlineData("Production", typeof(UnavailableVerificationCodeSender))]
    [InlineData("Staging", typeof(UnavailableVerificationCodeSender))]
    public void CodesAreLoggedOnlyInDevelopment(string environment, Type expected)
    {
        using var services = Build(environment);

        Assert.IsType(expected, services.GetRequiredService<IVerificationCodeSender>());
        Assert.IsType<IdentityVerificationService>(services.GetRequiredService<IIdentityVerification>());
    }

    [Fact]
    public async Task TheHubRegistersVerificationFromProgram()
    {
        await using var hub = new HubFactory();

        Assert.IsType<IdentityVerificationService>(hub.Services.GetRequiredService<IIdentityVerification>());
        Assert.IsType<LoggingVerificationCodeSender>(hub.Services.GetRequiredService<IVerificationCodeSender>());
    }

    [Fact]
    public void WithoutRedisCodesAreKeptInProcess()
    {
        using var services = Build("Development");

        Assert.IsType<InMemoryVerificationCodeStore>(services.GetRequiredService<IVerificationCodeStore>());
    }

    [Fact]
    public void ASenderRegisteredBeforeIsKept()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Services.AddSingleton<IVerificationCodeSender, RecordingCodeSender>();
        builder.AddContactHubIdentity();
        using var services = builder.Services.BuildServiceProvider();

        Assert.IsType<RecordingCodeSender>(services.GetRequiredService<IVerificationCodeSender>());
    }

    [Fact]
    public async Task TheLoggingSenderRefusesOutsideDevelopment()
    {
        var sender = new LoggingVerificationCodeSender(
            new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Production" },
            Microsoft.Extensions.Logging.Abstractions.NullLogger<LoggingVerificationCodeSender>.Instance);

        await Assert.ThrowsAsync<InvalidOperationException>(() => sender.SendAsync("+8613812345678", "123456", "zh-CN", CancellationToken.None));
    }

    private static ServiceProvider Build(string environment)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        builder.AddContactHubIdentity();
        return builder.Services.BuildServiceProvider();
    }
}
