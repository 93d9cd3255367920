using Verbind.Platform.Audit;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Agreements.Domain;

/// <summary>A request to a party to pay its yearly contribution, with a structured payment reference (Belgian OGM, or the Dutch betalingskenmerk for a Dutch party).</summary>
public sealed class PaymentRequest : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public Guid AgreementId { get; set; }
    public Guid OrganisationId { get; set; }
    public required string OrganisationName { get; set; }
    public int Year { get; set; }
    public decimal Amount { get; set; }
    public DateOnly DueDate { get; set; }
    /// <summary>The digits of the reference: twelve (OGM, shown +++123/4567/89012+++) or sixteen (betalingskenmerk, shown 5000 0567 8901 2345).</summary>
    public required string Reference { get; set; }
    public DateOnly? PaidOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReminderSentAt { get; set; }

    public PaymentStatus StatusOn(DateOnly today) =>
        PaidOn is not null ? PaymentStatus.Paid
        : today > DueDate ? PaymentStatus.Overdue
        : PaymentStatus.Open;
}

public enum PaymentStatus
{
    Open,
    Paid,
    Overdue,
}

/// <summary>A line of a network's yearly budget: what was planned and what was spent, in euro.</summary>
public sealed class BudgetLine : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public int Year { get; set; }
    public required string Name { get; set; }
    public decimal Planned { get; set; }
    public decimal Actual { get; set; }
    public int Position { get; set; }
}
