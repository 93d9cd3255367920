using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Domain;

namespace Verbind.ServiceDirectory.Features.ListServices;

/// <summary>What the network's list of services is filtered on; wrong values are ignored.</summary>
public sealed record ServiceFilter(string? Query, Guid? OrganisationId, ServiceStatus? Status, bool StaleOnly, int Page)
{
    public static ServiceFilter From(string? query, string? organisation, string? status, string? stale, string? page) => new(
        string.IsNullOrWhiteSpace(query) ? null : query.Trim()[..Math.Min(query.Trim().Length, 200)],
        Guid.TryParse(organisation, out var id) ? id : null,
        Enum.GetNames<ServiceStatus>().FirstOrDefault(n => string.Equals(n, status, StringComparison.OrdinalIgnoreCase)) is { } name ? Enum.Parse<ServiceStatus>(name) : null,
        stale is "1" or "true" or "on",
        int.TryParse(page, out var number) && number is > 0 and < 100_000 ? number : 1);
}

public sealed record ServiceRow(Guid Id, string Name, Guid OrganisationId, ServiceStatus Status, DateOnly? LastVerifiedOn, bool IsStale, int OpenReports);

public sealed record ServicePage(IReadOnlyList<ServiceRow> Rows, int Total, int Page, int PageCount);

/// <summary>The current network's services, by name, a page at a time.</summary>
public sealed class ListServices(AppDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<ServicePage> HandleAsync(ServiceFilter filter, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var staleBefore = today.AddMonths(-Domain.Freshness.MonthsUntilStale);
        var services = db.Services.AsNoTracking();
        if (filter.Query is { } query)
        {
            var text = query.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower()
            services = services.Where(s => s.Name.ToLower().Contains(text));
#pragma warning restore CA1304, CA1311, CA1862
        }
        if (filter.OrganisationId is { } organisation)
        {
            services = services.Where(s => s.OrganisationId == organisation);
        }
        if (filter.Status is { } status)
        {
            services = services.Where(s => s.Status == status);
        }
        if (filter.StaleOnly)
        {
            services = services.Where(s => s.LastVerifiedOn == null || s.LastVerifiedOn < staleBefore);
        }
        var total = await services.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var reports = db.InformationReports;
        var rows = await services.OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(s => new
            {
                s.Id, s.Name, s.OrganisationId, s.Status, s.LastVerifiedOn,
                OpenReports = reports.Count(r => r.ServiceId == s.Id && r.Status == ReportStatus.Open),
            })
            .ToListAsync(cancellationToken);
        return new ServicePage(
            rows.Select(r => new ServiceRow(r.Id, r.Name, r.OrganisationId, r.Status, r.LastVerifiedOn, Domain.Freshness.IsStale(r.LastVerifiedOn, today), r.OpenReports)).ToList(),
            total, page, pageCount);
    }
}
