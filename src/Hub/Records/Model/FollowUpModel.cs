using Microsoft.EntityFrameworkCore;

namespace ContactHub.Hub.Records.Model;

/// <summary>Tables of the after-sales follow-up: surveys with their answers, complaints with their timelines.</summary>
internal static class FollowUpModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        var survey = modelBuilder.Entity<Survey>();
        survey.ToTable("survey");
        survey.Property(s => s.Comment).HasMaxLength(2000);
        survey.Property(s => s.Channel).HasMaxLength(32);
        survey.HasOne<Customer>().WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Cascade);
        survey.HasMany(s => s.Answers).WithOne().HasForeignKey(a => a.SurveyId).OnDelete(DeleteBehavior.Cascade);
        survey.HasIndex(s => new { s.CustomerId, s.StartedAt });
        survey.ToTable(t => t.HasCheckConstraint("CK_survey_nps", "\"Nps\" IS NULL OR (\"Nps\" >= 0 AND \"Nps\" <= 10)"));

        var answer = modelBuilder.Entity<SurveyAnswer>();
        answer.ToTable("survey_answer");
        answer.Property(a => a.QuestionId).HasMaxLength(64);
        answer.Property(a => a.Text).HasMaxLength(1000);
        answer.HasIndex(a => new { a.SurveyId, a.QuestionId }).IsUnique();

        var complaint = modelBuilder.Entity<Complaint>();
        complaint.ToTable("complaint");
        complaint.Property(c => c.TicketNumber).HasMaxLength(24);
        complaint.Property(c => c.Description).HasMaxLength(4000);
        complaint.Property(c => c.SourceChannel).HasMaxLength(32);
        complaint.HasIndex(c => c.TicketNumber).IsUnique();
        complaint.HasIndex(c => new { c.Status, c.OpenedAt });
        complaint.HasIndex(c => c.CustomerId);
        complaint.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.ComplaintId).OnDelete(DeleteBehavior.Cascade);

        var complaintEvent = modelBuilder.Entity<ComplaintEvent>();
        complaintEvent.ToTable("complaint_event");
        complaintEvent.Property(e => e.Author).HasMaxLength(64);
        complaintEvent.Property(e => e.Text).HasMaxLength(4000);
    }
}
