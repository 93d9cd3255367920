using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Verbind.Helpline.Features.Common;
using Verbind.Platform.Identity;
using Verbind.Platform.Tenancy;

namespace Verbind.Helpline.Features.Statistics;

/// <summary>The weekly figures as CSV (semicolon-separated, as spreadsheets in Belgium and the Netherlands expect), with the same suppression as the page.</summary>
internal static class StatisticsCsv
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/netwerk/{network}/hulplijn/{helpline}/statistiek.csv", ExportAsync).RequireAuthorization(NetworkPolicies.Viewer);

    private static async Task<IResult> ExportAsync(string helpline, HttpContext http, HelplineScope helplines, StaffAccess access, HelplineStatistics statistics)
    {
        if (await helplines.EnterBySlugAsync(helpline, http.RequestAborted) is not { } line)
        {
            return Results.NotFound();
        }
        var insider = await access.RoleAsync(http.User.UserId(), line, http.RequestAborted) is not null;
        var report = await statistics.ForAsync(line, 52, insider, http.RequestAborted);
        var csv = new StringBuilder();
        csv.AppendLine("week;chats;answered;unanswered;requests;referrals;median_wait_minutes;average_length_minutes");
        foreach (var week in report.Weeks)
        {
            csv.AppendLine(string.Join(';', week.Week, week.Chats, week.Answered, week.Unanswered, week.Requests, week.Referrals,
                week.MedianWaitMinutes?.ToString(CultureInfo.InvariantCulture) ?? "", week.AverageMinutes?.ToString(CultureInfo.InvariantCulture) ?? ""));
        }
        csv.AppendLine();
        csv.AppendLine("municipality;chats");
        foreach (var row in report.Municipalities)
        {
            csv.AppendLine(Field(row.Label) + ";" + row.Count);
        }
        return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", $"{line.Slug}-cijfers.csv");
    }

    /// <summary>Quotes a free-text field and defuses formulas (a municipality typed as "=HYPERLINK(...)").</summary>
    private static string Field(string value)
    {
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
