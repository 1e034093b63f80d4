using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Hub.Tests.Dialogs;

public sealed class SurveyOptionsBindingTests
{
    [Fact]
    public async Task TheSurveySectionSetsTheLowScoreRulesAndKeepsTheDefaultQuestions()
    {
        await using var hub = new HubFactory();
        await using var configured = hub.WithWebHostBuilder(b => b.UseSetting("Survey:HandOffLowScores", "true").UseSetting("Survey:LowNpsAtMost", "5"));

        var options = configured.Services.GetRequiredService<SurveyOptions>();

        Assert.True(options.HandOffLowScores);
        Assert.Equal(5, options.LowNpsAtMost);
        Assert.Equal(string.Join(",", new SurveyOptions().ServiceQuestions.Select(q => q.Id)), string.Join(",", options.ServiceQuestions.Select(q => q.Id)));
    }

    [Fact]
    public async Task WithoutTheSectionTheDefaultsApply()
    {
        await using var hub = new HubFactory();

        Assert.Equal(new SurveyOptions().LowOverallAtMost, hub.Services.GetRequiredService<SurveyOptions>().LowOverallAtMost);
        Assert.False(hub.Services.GetRequiredService<SurveyOptions>().HandOffLowScores);
    }
}
