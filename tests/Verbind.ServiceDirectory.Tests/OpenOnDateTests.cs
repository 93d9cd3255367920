using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Ui;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.HsdsApi;
using Verbind.Testing;
using static Verbind.ServiceDirectory.Tests.SearchArrange;

namespace Verbind.ServiceDirectory.Tests;

/// <summary>
/// The day filter honours holidays and special days (ADR 0066) on the public page and in the HSDS API,
/// and the API's SQL gives the same answer as the domain rule the search index uses.
/// </summary>
public abstract class OpenOnDateTests(AppFactory app)
{
    private static DateOnly Today => DateOnly.FromDateTime(LocalTime.FromUtc(TimeProvider.System.GetUtcNow().UtcDateTime));

    private static Schedule Monday(int opens, int closes) => new() { Days = [DayOfWeek.Monday], OpensAt = new(opens, 0), ClosesAt = new(closes, 0) };

    [Fact]
    public async Task A_service_closed_on_the_next_asked_day_is_not_found_for_that_day()
    {
        var nextMonday = ServiceHours.NextDate(DayOfWeek.Monday, Today);
        var network = await app.CreateNetworkAsync();
        var organisation = await CreateOrganisationAsync(app, network, "Huis van het Kind Feestdag");
        var place = NewMunicipality();
        await CreateServiceAsync(app, network, organisation, "Gewoon open", place, (_, l) => l.Schedules = [Monday(9, 12)]);
        await CreateServiceAsync(app, network, organisation, "Dicht op de feestdag", place, (_, l) =>
        {
            l.Schedules = [Monday(9, 12)];
            l.SpecialDays = [new SpecialDay { Date = nextMonday, Closed = true, Reason = "Feestdag" }];
        });
        var shorter = await CreateServiceAsync(app, network, organisation, "Korter open", place, (_, l) =>
        {
            l.Schedules = [Monday(9, 17)];
            l.SpecialDays = [new SpecialDay { Date = nextMonday, Closed = false, OpensAt = new(9, 0), ClosesAt = new(11, 0) }];
        });
        await IndexedAsync(app, place, 3);

        async Task<string[]> PageNames(string query) =>
            (await app.NewClient().GetPageAsync($"/aanbod?plaats={place}&{query}")).QuerySelectorAll(".directory-result__name").Select(e => e.TextContent.Trim()).Order().ToArray();
        async Task<string[]> ApiNames(string query)
        {
            using var client = app.NewClient();
            var page = System.Text.Json.Nodes.JsonNode.Parse(await client.Http.GetStringAsync($"/hsds/services?organization_id={organisation}&{query}", TestContext.Current.CancellationToken));
            return page!["contents"]!.AsArray().Select(s => (string)s!["name"]!).Order().ToArray();
        }

        Assert.Equal(["Gewoon open", "Korter open"], await PageNames("dag=ma"));
        Assert.Equal(["Gewoon open"], await PageNames("dag=ma&uur=11:30"));
        Assert.Equal(["Dicht op de feestdag", "Gewoon open", "Korter open"], await PageNames("uur=10:00")); // no day: the regular hours
        Assert.Equal(["Gewoon open", "Korter open"], await ApiNames("day=MO"));
        Assert.Equal(["Gewoon open"], await ApiNames("day=MO&time=11:30"));

        // A closure added later reaches the index through the change log.
        await app.WithDbAsync(async db =>
        {
            var location = await db.Set<ServiceAtLocation>().Where(l => l.ServiceId == shorter.Id).Select(l => l.LocationId).SingleAsync();
            var day = await db.Set<SpecialDay>().SingleAsync(d => d.LocationId == location);
            day.Closed = true;
            await db.SaveChangesAsync();
        });
        await EventuallyAsync(async () => (await PageNames("dag=ma")).Length == 1, "the closure is in the index");
        Assert.Equal(["Gewoon open"], await ApiNames("day=MO"));
    }

    [Fact]
    public async Task The_database_filter_agrees_with_the_domain_rule()
    {
        var monday = new DateOnly(2026, 12, 21);
        var network = await app.CreateNetworkAsync();
        var organisation = await CreateOrganisationAsync(app, network, "Huis van het Kind Regels");
        var place = NewMunicipality();
        await CreateServiceAsync(app, network, organisation, "Locatie maandag", place, (_, l) => l.Schedules = [Monday(9, 12)]);
        await CreateServiceAsync(app, network, organisation, "Locatie dicht", place, (_, l) =>
        {
            l.Schedules = [Monday(9, 12)];
            l.SpecialDays = [new SpecialDay { Date = monday, Closed = true }];
        });
        await CreateServiceAsync(app, network, organisation, "Andere uren", place, (_, l) =>
        {
            l.Schedules = [Monday(9, 17)];
            l.SpecialDays = [new SpecialDay { Date = monday, Closed = false, OpensAt = new(13, 0), ClosesAt = new(15, 0) }];
        });
        await CreateServiceAsync(app, network, organisation, "Eigen uren, locatie dicht", place, (s, l) =>
        {
            s.Schedules = [Monday(18, 20)];
            l.SpecialDays = [new SpecialDay { Date = monday, Closed = true }];
        });
        await CreateServiceAsync(app, network, organisation, "Eigen uren, locatie korter", place, (s, l) =>
        {
            s.Schedules = [Monday(9, 17)];
            l.SpecialDays = [new SpecialDay { Date = monday, Closed = false, OpensAt = new(9, 0), ClosesAt = new(11, 0) }];
        });
        await CreateServiceAsync(app, network, organisation, "Maandelijks", place, (s, _) =>
            s.Schedules = [new Schedule { Frequency = ScheduleFrequency.Monthly, DayOfMonth = 21, OpensAt = new(10, 0), ClosesAt = new(11, 0) }]);
        await CreateServiceAsync(app, network, organisation, "Verlopen", place, (s, _) => s.Schedules = [new Schedule { Days = [DayOfWeek.Monday], ValidTo = monday.AddDays(-1) }]);
        await CreateServiceAsync(app, network, organisation, "Uitzonderlijk open", place, (_, l) =>
            l.SpecialDays = [new SpecialDay { Date = monday.AddDays(5), Closed = false, OpensAt = new(10, 0), ClosesAt = new(12, 0) }]);

        await app.WithDbAsync(async db =>
        {
            var services = await db.Set<Service>().AsNoTracking().Where(s => s.OrganisationId == organisation)
                .Include(s => s.Schedules)
                .Include(s => s.Locations).ThenInclude(l => l.Location!).ThenInclude(l => l.Schedules)
                .Include(s => s.Locations).ThenInclude(l => l.Location!).ThenInclude(l => l.SpecialDays)
                .AsSplitQuery().ToListAsync();
            foreach (var date in Enumerable.Range(0, 7).Select(monday.AddDays))
            {
                foreach (TimeOnly? time in new TimeOnly?[] { null, new(9, 30), new(10, 30), new(14, 0), new(19, 0) })
                {
                    var expected = services.Where(s => new ServiceHours(s.Schedules, [.. s.Locations.Select(l => new PlaceHours(l.Location!.Schedules, l.Location.SpecialDays))])
                        .IsOpenOn(date, time)).Select(s => s.Name).Order(StringComparer.Ordinal).ToList();
                    var actual = await db.Set<Service>().Where(s => s.OrganisationId == organisation).Where(OpenOnDate.Predicate(date, time))
                        .Select(s => s.Name).ToListAsync();
                    actual.Sort(StringComparer.Ordinal);
                    Assert.True(expected.SequenceEqual(actual, StringComparer.Ordinal), $"{date} {time}: expected [{string.Join(", ", expected)}], SQL gave [{string.Join(", ", actual)}]");
                }
            }
        });
    }
}

public sealed class OpenOnDateTestsOnSqlite(SqliteApp app) : OpenOnDateTests(app);

public sealed class OpenOnDateTestsOnPostgres(PostgresApp app) : OpenOnDateTests(app);
