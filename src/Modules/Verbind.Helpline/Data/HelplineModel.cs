using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Platform.Data;
using Verbind.Platform.Modules;
using Verbind.Platform.Tenancy;

namespace Verbind.Helpline.Data;

/// <summary>The Helpline tables (helpline_*) in the shared AppDbContext.</summary>
internal sealed class HelplineModel : IModelContribution
{
    public void Configure(ModelBuilder builder, AppDbContext context)
    {
        builder.Entity<NetworkHelpline>(helpline =>
        {
            helpline.ToTable("helpline_helplines");
            helpline.Property(h => h.Slug).HasMaxLength(NetworkHelpline.MaxSlugLength);
            helpline.HasIndex(h => h.Slug).IsUnique();
            helpline.Property(h => h.Name).HasMaxLength(NetworkHelpline.MaxNameLength);
            helpline.Property(h => h.ConfidentialityStatement).HasMaxLength(NetworkHelpline.MaxStatementLength * 2);
            helpline.Property(h => h.ReferralUrl).HasMaxLength(500);
            helpline.Property(h => h.HashKey).HasMaxLength(64);
            helpline.HasOne<Network>().WithMany().HasForeignKey(h => h.NetworkId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<HelplineStaff>(staff =>
        {
            staff.ToTable("helpline_staff");
            staff.Property(s => s.Role).HasConversion<string>().HasMaxLength(20);
            staff.HasIndex(s => new { s.HelplineId, s.UserId }).IsUnique();
            staff.HasIndex(s => s.UserId);
            staff.HasOne<NetworkHelpline>().WithMany().HasForeignKey(s => s.HelplineId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Conversation>(conversation =>
        {
            conversation.ToTable("helpline_conversations");
            conversation.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            conversation.Property(c => c.ResumeTokenHash).HasMaxLength(64);
            conversation.HasIndex(c => c.ResumeTokenHash).IsUnique();
            conversation.Property(c => c.BrowserHash).HasMaxLength(64);
            conversation.Property(c => c.IpHash).HasMaxLength(64);
            conversation.Property(c => c.Topic).HasMaxLength(40);
            conversation.Property(c => c.Municipality).HasMaxLength(100);
            conversation.Property(c => c.Source).HasMaxLength(40);
            conversation.Property(c => c.Summary).HasMaxLength(2000);
            conversation.HasIndex(c => new { c.HelplineId, c.Status, c.QueuedAt });
            conversation.HasIndex(c => new { c.HelplineId, c.CounsellorId, c.Status });
            conversation.HasIndex(c => new { c.Status, c.EndedAt });
            conversation.HasOne<NetworkHelpline>().WithMany().HasForeignKey(c => c.HelplineId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ChatMessage>(message =>
        {
            message.ToTable("helpline_messages");
            message.Property(m => m.Sender).HasConversion<string>().HasMaxLength(20);
            message.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
            message.Property(m => m.Text).HasMaxLength(ChatMessage.MaxLength * 2);
            message.HasIndex(m => new { m.ConversationId, m.ClientMessageId }).IsUnique();
            message.HasIndex(m => new { m.ConversationId, m.SentAt });
            message.HasOne<Conversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CounsellorPresence>(presence =>
        {
            presence.ToTable("helpline_presence");
            presence.Property(p => p.Availability).HasConversion<string>().HasMaxLength(20);
            presence.HasIndex(p => new { p.HelplineId, p.UserId }).IsUnique();
            presence.HasOne<NetworkHelpline>().WithMany().HasForeignKey(p => p.HelplineId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<PersonalCode>(code =>
        {
            code.ToTable("helpline_personal_codes");
            code.Property(c => c.CodeHash).HasMaxLength(64);
            code.HasIndex(c => new { c.HelplineId, c.CodeHash }).IsUnique();
            code.HasIndex(c => c.LastUsedAt);
            code.HasOne<NetworkHelpline>().WithMany().HasForeignKey(c => c.HelplineId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CannedResponse>(canned =>
        {
            canned.ToTable("helpline_canned_responses");
            canned.Property(c => c.Title).HasMaxLength(CannedResponse.MaxTitleLength);
            canned.Property(c => c.Text).HasMaxLength(CannedResponse.MaxTextLength * 2);
            canned.HasIndex(c => new { c.HelplineId, c.Position });
            canned.HasOne<NetworkHelpline>().WithMany().HasForeignKey(c => c.HelplineId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Shift>(shift =>
        {
            shift.ToTable("helpline_shifts");
            shift.HasIndex(s => new { s.HelplineId, s.Day });
            shift.HasOne<NetworkHelpline>().WithMany().HasForeignKey(s => s.HelplineId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ShiftSignup>(signup =>
        {
            signup.ToTable("helpline_shift_signups");
            signup.HasIndex(s => new { s.ShiftId, s.Date, s.UserId }).IsUnique();
            signup.HasIndex(s => s.UserId);
            signup.HasOne<Shift>().WithMany().HasForeignKey(s => s.ShiftId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<RosterClosure>(closure =>
        {
            closure.ToTable("helpline_closures");
            closure.Property(c => c.Reason).HasMaxLength(200);
            closure.HasIndex(c => new { c.HelplineId, c.Date }).IsUnique();
            closure.HasOne<NetworkHelpline>().WithMany().HasForeignKey(c => c.HelplineId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CalendarFeed>(feed =>
        {
            feed.ToTable("helpline_calendar_feeds");
            feed.Property(f => f.TokenHash).HasMaxLength(64);
            feed.HasIndex(f => f.TokenHash).IsUnique();
            feed.HasIndex(f => new { f.HelplineId, f.UserId }).IsUnique();
            feed.HasOne<NetworkHelpline>().WithMany().HasForeignKey(f => f.HelplineId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<OfflineRequest>(request =>
        {
            request.ToTable("helpline_offline_requests");
            request.Property(r => r.CodeHash).HasMaxLength(64);
            request.HasIndex(r => r.CodeHash);
            request.Property(r => r.ContactName).HasMaxLength(200);
            request.Property(r => r.ContactEmail).HasMaxLength(256);
            request.Property(r => r.ContactPhone).HasMaxLength(40);
            request.Property(r => r.Question).HasMaxLength(OfflineRequest.MaxQuestionLength * 2);
            request.Property(r => r.Municipality).HasMaxLength(100);
            request.Property(r => r.Reply).HasMaxLength(OfflineRequest.MaxQuestionLength * 2);
            request.HasIndex(r => new { r.HelplineId, r.CreatedAt });
            request.HasOne<NetworkHelpline>().WithMany().HasForeignKey(r => r.HelplineId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SessionBlock>(block =>
        {
            block.ToTable("helpline_blocks");
            block.Property(b => b.BrowserHash).HasMaxLength(64);
            block.Property(b => b.IpHash).HasMaxLength(64);
            block.Property(b => b.Reason).HasMaxLength(500);
            block.HasIndex(b => new { b.HelplineId, b.Until });
            block.HasOne<NetworkHelpline>().WithMany().HasForeignKey(b => b.HelplineId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SupervisionAccess>(access =>
        {
            access.ToTable("helpline_supervision_access");
            access.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
            access.HasIndex(a => a.ConversationId);
            access.HasOne<Conversation>().WithMany().HasForeignKey(a => a.ConversationId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
