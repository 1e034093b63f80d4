using ContactHub.Dialogs.Ports;
using ContactHub.Hub.Records.Model;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records;

/// <summary><see cref="ISurveyStore"/> over the records database; each answer is saved as it is given.</summary>
public sealed class EfSurveyStore(IDbContextFactory<RecordsDbContext> factory, TimeProvider clock) : ISurveyStore
{
    public async Task<SurveyInfo> StartAsync(NewSurvey survey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (survey.ServiceVisitId is not null || survey.VehicleId is not null)
        {
            var open = await db.Surveys.AsNoTracking().Include(s => s.Answers)
                .Where(s => s.CustomerId == survey.CustomerId && s.Kind == survey.Kind && s.Status == SurveyStatus.InProgress
                    && s.ServiceVisitId == survey.ServiceVisitId && s.VehicleId == survey.VehicleId)
                .OrderByDescending(s => s.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (open is not null)
            {
                return open.ToInfo();
            }
        }

        var entity = new Survey
        {
            CustomerId = survey.CustomerId,
            Kind = survey.Kind,
            VehicleId = survey.VehicleId,
            ServiceVisitId = survey.ServiceVisitId,
            Channel = survey.Channel,
            Status = SurveyStatus.InProgress,
            StartedAt = clock.GetUtcNow(),
        };
        db.Surveys.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return entity.ToInfo();
    }

    public async Task<SurveyInfo?> SaveAnswerAsync(long surveyId, SurveyAnswerInfo answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var survey = await db.Surveys.Include(s => s.Answers).FirstOrDefaultAsync(s => s.Id == surveyId, cancellationToken);
        if (survey is null)
        {
            return null;
        }

        var existing = survey.Answers.FirstOrDefault(a => a.QuestionId == answer.QuestionId);
        if (existing is null)
        {
            survey.Answers.Add(new SurveyAnswer { QuestionId = answer.QuestionId, Text = answer.Text, Score = answer.Score, At = clock.GetUtcNow() });
        }
        else
        {
            existing.Text = answer.Text;
            existing.Score = answer.Score;
            existing.At = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
        return survey.ToInfo();
    }

    public async Task<SurveyInfo?> CompleteAsync(long surveyId, SurveyCompletion completion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(completion);
        if (completion.Nps is < 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(completion), completion.Nps, "NPS is 0–10.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var survey = await db.Surveys.Include(s => s.Answers).FirstOrDefaultAsync(s => s.Id == surveyId, cancellationToken);
        if (survey is null)
        {
            return null;
        }

        survey.Status = completion.Status == SurveyStatus.InProgress ? SurveyStatus.Completed : completion.Status;
        survey.Nps = completion.Nps ?? survey.Nps;
        survey.Comment = completion.Comment ?? survey.Comment;
        survey.CompletedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return survey.ToInfo();
    }

    public async Task<SurveyInfo?> GetAsync(long surveyId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var survey = await db.Surveys.AsNoTracking().Include(s => s.Answers).FirstOrDefaultAsync(s => s.Id == surveyId, cancellationToken);
        return survey?.ToInfo();
    }
}
