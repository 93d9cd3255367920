using Microsoft.EntityFrameworkCore;
using Verbind.Agreements.Data;
using Verbind.Agreements.Domain;
using Verbind.Agreements.Features.Common;
using Verbind.Platform.Data;

namespace Verbind.Agreements.Features.Contributions;

public sealed record BudgetOverview(int Year, IReadOnlyList<BudgetLine> Lines, decimal Planned, decimal Spent, decimal ContributionsRequested, decimal ContributionsReceived)
{
    /// <summary>Received contributions minus what was spent: what is left (negative: a shortfall).</summary>
    public decimal Balance => ContributionsReceived - Spent;
}

/// <summary>A network's yearly budget: lines with planned and actual amounts, against the contributions received.</summary>
public sealed class Budgets(AppDbContext db)
{
    public async Task<BudgetOverview> OverviewAsync(int year, CancellationToken cancellationToken)
    {
        // Sums in memory: SQLite keeps decimals as text and cannot add them up exactly.
        var lines = await db.BudgetLines.AsNoTracking().Where(l => l.Year == year).OrderBy(l => l.Position).ToListAsync(cancellationToken);
        var requests = await db.PaymentRequests.AsNoTracking().Where(p => p.Year == year).ToListAsync(cancellationToken);
        return new BudgetOverview(year, lines, lines.Sum(l => l.Planned), lines.Sum(l => l.Actual),
            requests.Sum(p => p.Amount), requests.Where(p => p.PaidOn is not null).Sum(p => p.Amount));
    }

    public async Task<FieldErrors> AddLineAsync(int year, string? name, string? planned, string? actual, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var cleanName = Check.Text(errors, "Name", name, 200, required: true);
        var plannedAmount = Check.Euro(errors, "Planned", planned, required: true);
        var actualAmount = Check.Euro(errors, "Actual", actual) ?? 0m;
        if (year is < 2000 or > 2100)
        {
            errors.Add("Name", "Error.NumberRange", 2000, 2100);
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        var position = await db.BudgetLines.CountAsync(l => l.Year == year, cancellationToken);
        if (position >= 100)
        {
            errors.Add("Name", "Error.TooManyLines");
            return errors;
        }
        db.BudgetLines.Add(new BudgetLine { Year = year, Name = cleanName!, Planned = plannedAmount!.Value, Actual = actualAmount, Position = position });
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    public async Task<FieldErrors> SetActualAsync(Guid lineId, string? actual, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var amount = Check.Euro(errors, "Actual", actual, required: true);
        var line = await db.BudgetLines.FirstOrDefaultAsync(l => l.Id == lineId, cancellationToken);
        if (line is null)
        {
            errors.Add("Actual", "Error.UnknownChoice");
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        line!.Actual = amount!.Value;
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }
}
