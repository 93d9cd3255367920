using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Domain;
using Verbind.Partners.Features.Import;
using Verbind.Platform.Audit;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Partners.Import.Tests;

/// <summary>A coordinator uploads, previews and confirms imports through the pages, on each database.</summary>
public abstract class ImportFlowTests(AppFactory app)
{
    private static string Kbo() => Files.NewKbo();

    [Fact]
    public async Task The_preview_lists_every_bad_line_new_organisations_and_duplicates_and_writes_nothing()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var existing = await app.AddOrganisationAsync(network, "Crèche Zonneke", "3999");
        var organisationsBefore = await app.CountAsync<Organisation>();
        var csv = Files.Utf8(Files.Header,
            "Vroedvrouwen De Wieg;vroedvrouwenpraktijk;medisch;;Voorbeeldstraat 1;3999;Zonnedal;;;;partner;An Voorbeeld;vroedvrouw;borstvoeding;an@wieg.example;",
            ";gemeente;;;;;;;;;;;;;;",
            "CAW Voorbeeldland;ruimteschip;;;;;;;;;;;;;;",
            $"OCMW Zonnedal;ocmw;;0123.456.748;;3999;;;;;;;;;;",
            "CRECHE ZONNEKE;kinderopvang;kinderopvang;;;3999;;016 12 34 56;;;;Zoë Proef;onthaal;;;",
            "Huisartsen Zuid;huisartsenpraktijk;;;;3999;;;geen-mail;;;;;;;",
            "Vroedvrouwen De Wieg;;;;;3999;;;;;;An Voorbeeld;;;;");

        var previewUrl = await coordinator.UploadForPreviewAsync(network, csv);
        var page = await coordinator.GetPageAsync(previewUrl);

        var problems = page.TableRows("import-problems");
        Assert.Equal(["3", "4", "5", "7", "8"], problems.Select(r => r[0]));
        Assert.Contains("organisatie", problems[0][1], StringComparison.Ordinal);
        Assert.Contains("ruimteschip", problems[1][1], StringComparison.Ordinal);
        Assert.Contains("controlegetal", problems[2][1], StringComparison.Ordinal);
        Assert.Contains("geen-mail", problems[3][1], StringComparison.Ordinal);
        Assert.Contains("regel 2", problems[4][1], StringComparison.Ordinal);

        var duplicates = page.TableRows("import-duplicates");
        var duplicate = Assert.Single(duplicates);
        Assert.Equal("6", duplicate[0]);
        Assert.Contains("Crèche Zonneke", duplicate[2], StringComparison.Ordinal);
        Assert.Contains("naam en postcode", duplicate[2], StringComparison.Ordinal);

        Assert.Equal(["Vroedvrouwen De Wieg"], page.TableRows("import-new").Select(r => r[1]));

        Assert.Equal(organisationsBefore, await app.CountAsync<Organisation>());
        Assert.Equal(0, await app.CountAsync<Person>(q => q.Where(p => p.NetworkId == network.Id)));
        Assert.Equal(1, await app.CountAsync<Membership>(q => q.Where(m => m.NetworkId == network.Id)));
        Assert.Equal(1, await app.CountAsync<PartnerImport>(q => q.Where(i => i.NetworkId == network.Id)));
        Assert.Equal(existing.Name, await app.WithDbAsync(db => db.Set<Organisation>().Where(o => o.Id == existing.Id).Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task Confirming_writes_the_good_lines_in_one_go_and_audits_every_record()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var kbo = Kbo();
        var csv = Files.Utf8(Files.Header,
            $"Huis van het Kind Proefdorp;andere;welzijn;{Files.KboDisplay(kbo)};Dorpsplein 2;3998;Proefdorp;;info@hvhk.example;hvhk.example;trekker;Lies Claes;coördinator;netwerk, rouw;lies@hvhk.example;0470 11 22 33",
            "Huis van het Kind Proefdorp;;;;;3998;;;;;;Tom Peeters;onthaal;;;",
            "Slechte regel;;;;;;;;;ftp://nee.example;;;;;;");
        var previewUrl = await coordinator.UploadForPreviewAsync(network, csv);

        var done = await coordinator.ConfirmDoneAsync(previewUrl);
        Assert.Contains("nieuw=1", done, StringComparison.Ordinal);
        Assert.Contains("personen=2", done, StringComparison.Ordinal);
        Assert.Contains("fouten=1", done, StringComparison.Ordinal);
        var result = await coordinator.GetPageAsync(done);
        Assert.Contains("opgeslagen", result.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        var organisation = await app.WithDbAsync(db => db.Set<Organisation>().Include(o => o.Memberships).Include(o => o.People)
            .SingleAsync(o => o.Name == "Huis van het Kind Proefdorp" && o.Memberships.Any(m => m.NetworkId == network.Id)));
        Assert.Equal($"KBO:{kbo}", organisation.EnterpriseNumber!.ToStorage());
        Assert.Equal("https://hvhk.example", organisation.Website);
        Assert.Equal(Sector.Welfare, organisation.Sector);
        Assert.Equal(MembershipRole.LeadOrganisation, Assert.Single(organisation.Memberships).Role);
        Assert.Equal(["Lies Claes", "Tom Peeters"], organisation.People.Select(p => p.FullName).Order());
        Assert.Equal(["netwerk", "rouw"], organisation.People.Single(p => p.FullName == "Lies Claes").Expertise);
        Assert.Equal(0, await app.CountAsync<PartnerImport>(q => q.Where(i => i.NetworkId == network.Id)));

        var ids = new[] { organisation.Id.ToString(), organisation.Memberships[0].Id.ToString() }.Concat(organisation.People.Select(p => p.Id.ToString())).ToList();
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => ids.Contains(a.EntityId)).ToListAsync());
        Assert.Equal(4, audit.Count);
        Assert.All(audit, a => Assert.Equal(AuditAction.Created, a.Action));
        Assert.All(audit, a => Assert.Contains("@", a.Actor, StringComparison.Ordinal));
        Assert.Equal(["Membership", "Organisation", "Person", "Person"], audit.Select(a => a.EntityType).Order());
    }

    [Fact]
    public async Task Merging_fills_in_the_existing_organisation_instead_of_making_a_second()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var existing = await app.AddOrganisationAsync(network, "Kinderopvang 't Zonnetje", "3999", change: o => o.Phone = "016 00 00 00");
        await app.AddOrganisationAsync(network, "Bibliotheek Zonnedal", "3999");
        var skipped = await app.AddOrganisationAsync(network, "Politiezone Voorbeeld", "3999");
        var csv = Files.Utf8(Files.Header,
            "KINDEROPVANG T ZONNETJE;kinderopvang;kinderopvang;;Speelstraat 3;3999;;016 99 99 99;info@zonnetje.example;;;Sara Janssens;verantwoordelijke;;;",
            "Bibliotheek Zonnedal;bibliotheek;cultuur;;;3999;;;;;;;;;;",
            "Politiezone Voorbeeld;politiezone;veiligheid;;;3999;;;;;;Wijkagent Proef;wijkagent;;;");
        var previewUrl = await coordinator.UploadForPreviewAsync(network, csv);
        var page = await coordinator.GetPageAsync(previewUrl);
        Assert.Equal(3, page.TableRows("import-duplicates").Count);

        var done = await coordinator.ConfirmDoneAsync(previewUrl, new Dictionary<string, string> { ["keuze-1"] = "new", ["keuze-2"] = "skip" });
        Assert.Contains("nieuw=1&samengevoegd=1", done, StringComparison.Ordinal);
        Assert.Contains("overgeslagen=1", done, StringComparison.Ordinal);

        await app.WithDbAsync(async db =>
        {
            var merged = await db.Set<Organisation>().Include(o => o.People).SingleAsync(o => o.Id == existing.Id);
            Assert.Equal("Kinderopvang 't Zonnetje", merged.Name);
            Assert.Equal("016 00 00 00", merged.Phone);
            Assert.Equal("info@zonnetje.example", merged.Email);
            Assert.Equal("Speelstraat 3", merged.Address.Street);
            Assert.Equal(OrganisationKind.Childcare, merged.Kind);
            Assert.Equal("Sara Janssens", Assert.Single(merged.People).FullName);
            var inNetwork = db.Set<Organisation>().Where(o => o.Memberships.Any(m => m.NetworkId == network.Id));
            Assert.Equal(1, await inNetwork.CountAsync(o => o.Name.EndsWith("Zonnetje")));
            Assert.Equal(2, await inNetwork.CountAsync(o => o.Name == "Bibliotheek Zonnedal"));
            Assert.Equal(1, await inNetwork.CountAsync(o => o.Name == "Politiezone Voorbeeld"));
            Assert.Equal(0, await db.Set<Person>().CountAsync(p => p.OrganisationId == skipped.Id));
            Assert.Equal(1, await db.Set<Membership>().CountAsync(m => m.OrganisationId == existing.Id));
            var update = await db.AuditEntries.SingleAsync(a => a.EntityId == existing.Id.ToString() && a.Action == AuditAction.Updated);
            Assert.Contains("info@zonnetje.example", update.After, StringComparison.Ordinal);
            Assert.DoesNotContain("info@zonnetje.example", update.Before, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task An_enterprise_number_known_in_another_network_joins_that_organisation_to_this_network()
    {
        var other = await app.CreateNetworkAsync();
        var kbo = Kbo();
        var shared = await app.AddOrganisationAsync(other, "Ziekenfonds Voorbeeld", "1000", kbo);
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var csv = Files.Utf8(Files.Header, $"Ziekenfonds Voorbeeld Zonnedal;ziekenfonds;;BE {Files.KboDisplay(kbo)};;3999;;;;;kernpartner;;;;;");
        var previewUrl = await coordinator.UploadForPreviewAsync(network, csv);
        var page = await coordinator.GetPageAsync(previewUrl);
        var duplicate = Assert.Single(page.TableRows("import-duplicates"));
        Assert.Contains("zelfde ondernemingsnummer", duplicate[2], StringComparison.Ordinal);
        Assert.Contains("nog niet in uw netwerk", duplicate[2], StringComparison.Ordinal);
        // An enterprise is one record: a second one with the same number cannot be made.
        Assert.Null(page.QuerySelector("input[name='keuze-0'][value=new]"));

        await coordinator.ConfirmDoneAsync(previewUrl);
        var memberships = await app.WithDbAsync(db => db.Set<Membership>().Where(m => m.OrganisationId == shared.Id).ToListAsync());
        Assert.Equal(2, memberships.Count);
        Assert.Equal(MembershipRole.CorePartner, memberships.Single(m => m.NetworkId == network.Id).Role);
        Assert.Equal(1, await app.CountAsync<Organisation>(q => q.Where(o => o.EnterpriseNumber == shared.EnterpriseNumber)));
    }

    [Fact]
    public async Task A_former_member_rejoins_and_a_current_member_keeps_its_membership()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var former = await app.AddOrganisationAsync(network, "Gewezen Partner", "3999");
        var current = await app.AddOrganisationAsync(network, "Huidige Partner", "3999");
        await app.WithDbAsync(db => db.Set<Membership>().Where(m => m.OrganisationId == former.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.EndDate, new DateOnly(2024, 6, 30))));
        var csv = Files.Utf8("organisatie;postcode;rol", "Gewezen Partner;3999;kernpartner", "Huidige Partner;3999;kernpartner");

        var done = await coordinator.ConfirmDoneAsync(await coordinator.UploadForPreviewAsync(network, csv));
        Assert.Contains("samengevoegd=2&lidmaatschappen=1", done, StringComparison.Ordinal);
        var memberships = await app.WithDbAsync(db => db.Set<Membership>().Where(m => m.NetworkId == network.Id).OrderBy(m => m.StartDate).ToListAsync());
        var rejoined = memberships.Where(m => m.OrganisationId == former.Id).ToList();
        Assert.Equal(2, rejoined.Count);
        Assert.Equal((MembershipRole.CorePartner, (DateOnly?)null), (rejoined[1].Role, rejoined[1].EndDate));
        Assert.True(rejoined[1].StartDate > new DateOnly(2024, 6, 30));
        Assert.Equal(MembershipRole.Partner, Assert.Single(memberships, m => m.OrganisationId == current.Id).Role);
    }

    [Fact]
    public async Task Asking_for_a_new_organisation_with_a_known_enterprise_number_changes_nothing()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var kbo = Kbo();
        await app.AddOrganisationAsync(network, "Welzijnshuis", "3999", kbo);
        var previewUrl = await coordinator.UploadForPreviewAsync(network, Files.Utf8("organisatie;ondernemingsnummer", $"Welzijnshuis bis;{kbo}"));
        using var response = await coordinator.ConfirmAsync(previewUrl, new Dictionary<string, string> { ["keuze-0"] = "new" });
        Assert.Equal($"{previewUrl}?fout=Changed", response.Headers.Location!.OriginalString);
        Assert.Equal(1, await app.CountAsync<Organisation>(q => q.Where(o => o.Memberships.Any(m => m.NetworkId == network.Id))));
        Assert.Equal(1, await app.CountAsync<PartnerImport>(q => q.Where(i => i.NetworkId == network.Id)));
    }

    [Fact]
    public async Task A_duplicate_that_appears_after_the_preview_stops_the_confirmation()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var previewUrl = await coordinator.UploadForPreviewAsync(network, Files.Utf8("organisatie;postcode", "Gezinsbond Zonnedal;3999"));
        var page = await coordinator.GetPageAsync(previewUrl);
        var form = page.QuerySelector<IHtmlFormElement>("form.import-confirm")!;
        await app.AddOrganisationAsync(network, "Gezinsbond Zonnedal", "3999");

        using var response = await coordinator.SubmitAsync(form, new Dictionary<string, string>(), previewUrl);
        Assert.Equal($"{previewUrl}?fout=Changed", response.Headers.Location!.OriginalString);
        var again = await coordinator.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("gewijzigd", again.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Single(again.TableRows("import-duplicates"));
        Assert.Equal(1, await app.CountAsync<Organisation>(q => q.Where(o => o.Name == "Gezinsbond Zonnedal" && o.Memberships.Any(m => m.NetworkId == network.Id))));
    }

    [Fact]
    public async Task Confirming_twice_changes_nothing_the_second_time_and_says_so()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var previewUrl = await coordinator.UploadForPreviewAsync(network, Files.Utf8("organisatie;persoon", "Jeugdhulp Voorbeeld;Kim Proef"));
        var page = await coordinator.GetPageAsync(previewUrl);
        var form = page.QuerySelector<IHtmlFormElement>("form.import-confirm")!;
        using var first = await coordinator.SubmitAsync(form, new Dictionary<string, string>(), previewUrl);
        Assert.Contains("/import/klaar?", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var auditAfterFirst = await app.AuditCountAsync(network);

        using var second = await coordinator.SubmitAsync(form, new Dictionary<string, string>(), previewUrl);
        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.Equal(previewUrl, second.Headers.Location!.OriginalString);
        var gone = await coordinator.GetPageAsync(previewUrl, HttpStatusCode.NotFound);
        Assert.Contains("al bevestigd", gone.Source.Text, StringComparison.Ordinal);

        Assert.Equal(1, await app.CountAsync<Person>(q => q.Where(p => p.NetworkId == network.Id)));
        Assert.Equal(1, await app.CountAsync<Organisation>(q => q.Where(o => o.Memberships.Any(m => m.NetworkId == network.Id))));
        Assert.Equal(auditAfterFirst, await app.AuditCountAsync(network));
    }

    [Fact]
    public async Task Two_confirmations_at_once_import_once()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var previewUrl = await coordinator.UploadForPreviewAsync(network, Files.Utf8("organisatie;persoon", "Buurtwerk Tegelijk;Sam Gelijk"));
        var page = await coordinator.GetPageAsync(previewUrl);
        var form = page.QuerySelector<IHtmlFormElement>("form.import-confirm")!;

        var responses = await Task.WhenAll(
            coordinator.SubmitAsync(form, new Dictionary<string, string>(), previewUrl),
            coordinator.SubmitAsync(form, new Dictionary<string, string>(), previewUrl));
        Assert.Single(responses, r => r.Headers.Location!.OriginalString.Contains("/import/klaar?", StringComparison.Ordinal));
        Assert.Single(responses, r => r.Headers.Location!.OriginalString == previewUrl);
        Assert.Equal(1, await app.CountAsync<Person>(q => q.Where(p => p.NetworkId == network.Id)));
        Assert.Equal(1, await app.CountAsync<Organisation>(q => q.Where(o => o.Memberships.Any(m => m.NetworkId == network.Id))));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_file_of_the_maximum_size_is_previewed_and_imported()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        string[] lines = ["organisatie;postcode;soort;persoon;functie;persoon_email", .. Enumerable.Range(0, ImportLimits.MaxRows)
            .Select(i => $"Organisatie {i / 2:D4};{1000 + (i / 2 % 8000)};vzw;Persoon {i:D4};medewerker;persoon{i}@voorbeeld.example")];
        var previewUrl = await coordinator.UploadForPreviewAsync(network, Files.Utf8(lines));
        var page = await coordinator.GetPageAsync(previewUrl);
        Assert.Equal(ImportLimits.MaxRows / 2, page.TableRows("import-new").Count);
        var done = await coordinator.ConfirmDoneAsync(previewUrl);

        Assert.Contains($"nieuw={ImportLimits.MaxRows / 2}", done, StringComparison.Ordinal);
        Assert.Contains($"personen={ImportLimits.MaxRows}", done, StringComparison.Ordinal);
        Assert.Equal(ImportLimits.MaxRows, await app.CountAsync<Person>(q => q.Where(p => p.NetworkId == network.Id)));
    }

    [Fact]
    public async Task Confirming_after_expiry_changes_nothing_and_says_so()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var previewUrl = await coordinator.UploadForPreviewAsync(network, Files.Utf8("organisatie", "Speelotheek Voorbeeld"));
        var page = await coordinator.GetPageAsync(previewUrl);
        var form = page.QuerySelector<IHtmlFormElement>("form.import-confirm")!;
        var id = ImportSteps.ImportId(previewUrl);
        await app.WithDbAsync(db => db.Set<PartnerImport>().Where(i => i.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc))));

        await coordinator.GetPageAsync(previewUrl, HttpStatusCode.Gone);
        using var response = await coordinator.SubmitAsync(form, new Dictionary<string, string>(), previewUrl);
        Assert.EndsWith("/import?fout=Expired", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var message = await coordinator.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("verlopen", message.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync<Organisation>(q => q.Where(o => o.Memberships.Any(m => m.NetworkId == network.Id))));
        Assert.Equal(0, await app.CountAsync<PartnerImport>(q => q.Where(i => i.Id == id)));
    }

    [Fact]
    public async Task Cancelling_drops_the_preview_and_writes_nothing()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var previewUrl = await coordinator.UploadForPreviewAsync(network, Files.Utf8("organisatie", "Opvoedingswinkel Voorbeeld"));
        using var response = await coordinator.SubmitFormAsync(previewUrl, new Dictionary<string, string>(), "form.import-cancel");
        Assert.EndsWith("/import?geannuleerd=1", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync<PartnerImport>(q => q.Where(i => i.NetworkId == network.Id)));
        Assert.Equal(0, await app.CountAsync<Organisation>(q => q.Where(o => o.Memberships.Any(m => m.NetworkId == network.Id))));
        await coordinator.GetPageAsync(previewUrl, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_xlsx_export_imported_again_gives_only_duplicates_and_no_changes()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var kbo = Kbo();
        var first = Files.Utf8(Files.Header,
            $"Gemeente Proefdorp;gemeente;lokaal bestuur;{kbo};Marktplein 1;3998;Proefdorp;+32 16 00 00 00;info@proefdorp.example;www.proefdorp.example;gemeente;Ann Wouters;schepen;gezinsbeleid;ann@proefdorp.example;",
            "Gemeente Proefdorp;;;;;3998;;;;;;Jef Maes;beleidsmedewerker;;;",
            "Kind en Gezin Regio Proef;opgroeien;welzijn;;;3998;;;;;kernpartner;;;;;",
            "=Formule vzw;vzw;sociaal;;;3998;;-12 34 56 78;;;partner;;;;;");
        await coordinator.ConfirmDoneAsync(await coordinator.UploadForPreviewAsync(network, first));

        foreach (var file in new[] { "organisaties.xlsx", "personen.xlsx", "organisaties.csv", "personen.csv" })
        {
            using var export = await coordinator.Http.GetAsync($"/netwerk/{network.Slug}/export/{file}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            var bytes = await export.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            var auditBefore = await app.AuditCountAsync(network);

            var previewUrl = await coordinator.UploadForPreviewAsync(network, bytes, file);
            var page = await coordinator.GetPageAsync(previewUrl);
            Assert.Empty(page.TableRows("import-problems"));
            Assert.Empty(page.TableRows("import-new"));
            Assert.Equal(file.StartsWith("personen", StringComparison.Ordinal) ? 1 : 3, page.TableRows("import-duplicates").Count);

            var done = await coordinator.ConfirmDoneAsync(previewUrl);
            Assert.Contains("nieuw=0", done, StringComparison.Ordinal);
            Assert.Contains("lidmaatschappen=0&personen=0&bijgewerkt=0", done, StringComparison.Ordinal);
            Assert.Equal(auditBefore, await app.AuditCountAsync(network));
        }
        var names = await app.WithDbAsync(db => db.Set<Organisation>().Where(o => o.Memberships.Any(m => m.NetworkId == network.Id)).Select(o => o.Name).ToListAsync());
        Assert.Equal(["=Formule vzw", "Gemeente Proefdorp", "Kind en Gezin Regio Proef"], names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Viewers_and_partner_members_cannot_import()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var previewUrl = await coordinator.UploadForPreviewAsync(network, Files.Utf8("organisatie", "Vrijwilligerspunt Voorbeeld"));
        var form = (await coordinator.GetPageAsync(previewUrl)).QuerySelector<IHtmlFormElement>("form.import-confirm")!;

        foreach (var role in new[] { NetworkRole.Viewer, NetworkRole.PartnerMember })
        {
            using var member = await app.SignInAsync(await app.CreateUserAsync(network, role));
            using var page = await member.Http.GetAsync($"/netwerk/{network.Slug}/import", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Contains("/fout/403", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.Empty((await member.GetPageAsync("/netwerk/" + network.Slug + "/export")).QuerySelectorAll($"a[href='/netwerk/{network.Slug}/import']"));

            using var upload = new MultipartFormDataContent { { new ByteArrayContent(Files.Utf8("organisatie", "Sluiproute")), "bestand", "x.csv" } };
            using var posted = await member.Http.PostAsync($"/netwerk/{network.Slug}/import/opladen", upload, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            Assert.Contains("/fout/403", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);

            using var confirm = await member.SubmitAsync(form, new Dictionary<string, string>(), previewUrl);
            Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
            Assert.Contains("/fout/403", confirm.Headers.Location!.OriginalString, StringComparison.Ordinal);
            using var preview = await member.Http.GetAsync(previewUrl, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, preview.StatusCode);
        }
        Assert.Equal(1, await app.CountAsync<PartnerImport>(q => q.Where(i => i.NetworkId == network.Id)));
        Assert.Equal(0, await app.CountAsync<Organisation>(q => q.Where(o => o.Memberships.Any(m => m.NetworkId == network.Id))));
    }

    [Fact]
    public async Task Another_networks_import_is_not_found()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var (otherNetwork, otherCoordinator) = await app.NetworkWithCoordinatorAsync();
        var previewUrl = await coordinator.UploadForPreviewAsync(network, Files.Utf8("organisatie;persoon", "Geheim Centrum;Geheime Persoon"));
        var id = ImportSteps.ImportId(previewUrl);
        var foreignUrl = $"/netwerk/{otherNetwork.Slug}/import/{id}";

        var page = await otherCoordinator.GetPageAsync(foreignUrl, HttpStatusCode.NotFound);
        Assert.DoesNotContain("Geheim", page.Source.Text, StringComparison.Ordinal);

        var ownForm = (await otherCoordinator.GetPageAsync($"/netwerk/{otherNetwork.Slug}/import")).QuerySelector<IHtmlFormElement>("form[enctype='multipart/form-data']")!;
        var token = ownForm.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        foreach (var action in new[] { "bevestigen", "annuleren" })
        {
            using var post = await otherCoordinator.Http.PostAsync($"{foreignUrl}/{action}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.SeeOther, post.StatusCode);
            await otherCoordinator.GetPageAsync(post.Headers.Location!.OriginalString, HttpStatusCode.NotFound);
        }
        // The other network's slug with this network's coordinator: not a member, so not found either.
        using var notMember = await coordinator.Http.GetAsync(foreignUrl, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, notMember.StatusCode);

        Assert.Equal(1, await app.CountAsync<PartnerImport>(q => q.Where(i => i.Id == id)));
        Assert.Equal(0, await app.CountAsync<Person>(q => q.Where(p => p.FullName == "Geheime Persoon")));
    }

    [Fact]
    public async Task Oversized_and_unreadable_files_get_a_clear_message_and_change_nothing()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var huge = new byte[ImportLimits.MaxFileBytes + 100_000];
        Array.Fill(huge, (byte)'a');
        Assert.Contains("te groot", await coordinator.UploadRefusedAsync(network, huge), StringComparison.Ordinal);

        var justOver = Files.Utf8(["organisatie", .. Enumerable.Repeat(new string('b', 150), (ImportLimits.MaxFileBytes / 152) + 10)]);
        Assert.True(justOver.Length is > ImportLimits.MaxFileBytes and < ImportLimits.MaxRequestBytes - 1000);
        Assert.Contains("te groot", await coordinator.UploadRefusedAsync(network, justOver), StringComparison.Ordinal);

        var tooManyRows = Files.Utf8(["organisatie", .. Enumerable.Range(1, ImportLimits.MaxRows + 1).Select(i => $"Organisatie {i}")]);
        Assert.Contains("5000", (await coordinator.UploadRefusedAsync(network, tooManyRows)).Replace(".", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0 };
        Assert.Contains("kan Verbind niet lezen", await coordinator.UploadRefusedAsync(network, png, "foto.csv"), StringComparison.Ordinal);
        Assert.Contains("kan Verbind niet lezen", await coordinator.UploadRefusedAsync(network, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5], "kapot.xlsx"), StringComparison.Ordinal);
        Assert.Contains("kolom organisatie", await coordinator.UploadRefusedAsync(network, Files.Utf8("Beste collega,", "hierbij de lijst.")), StringComparison.Ordinal);
        Assert.Contains("Kies eerst een bestand", await coordinator.UploadRefusedAsync(network, []), StringComparison.Ordinal);

        Assert.Equal(0, await app.CountAsync<PartnerImport>(q => q.Where(i => i.NetworkId == network.Id)));
    }

    [Fact]
    public async Task Posts_without_a_valid_antiforgery_token_are_refused()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        using var response = await coordinator.UploadAsync(network, Files.Utf8("organisatie", "Zonder token"), withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await app.CountAsync<PartnerImport>(q => q.Where(i => i.NetworkId == network.Id)));

        var previewUrl = await coordinator.UploadForPreviewAsync(network, Files.Utf8("organisatie", "Met token"));
        foreach (var action in new[] { "bevestigen", "annuleren" })
        {
            using var post = await coordinator.Http.PostAsync($"{previewUrl}/{action}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = "vervalst" }), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        }
        Assert.Equal(1, await app.CountAsync<PartnerImport>(q => q.Where(i => i.NetworkId == network.Id)));
        Assert.Equal(0, await app.CountAsync<Organisation>(q => q.Where(o => o.Memberships.Any(m => m.NetworkId == network.Id))));
    }

    [Fact]
    public async Task Markup_in_cells_is_shown_as_text_in_the_preview()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        await app.AddOrganisationAsync(network, "<b>Bestaand</b>", "3999");
        var csv = Files.Utf8("organisatie;soort;postcode;persoon",
            "<script>alert('naam')</script>;;;<img src=x onerror=alert(1)>",
            "Goed;<script>alert('soort')</script>;;",
            "<B>bestaand</B>;;3999;");
        var previewUrl = await coordinator.UploadForPreviewAsync(network, csv, "<script>alert('bestand')</script>.csv");
        using var response = await coordinator.Http.GetAsync(previewUrl, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>Bestaand", html, StringComparison.OrdinalIgnoreCase);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains("<script>alert('soort')</script>", page.QuerySelector("#import-problems")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<script>alert('naam')</script>", page.QuerySelector("#import-new")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<b>Bestaand</b>", page.QuerySelector("#import-duplicates")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_import_page_explains_the_columns_and_offers_templates()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var page = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/import");
        var input = page.QuerySelector("input[type=file]")!;
        Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
        Assert.Equal("multipart/form-data", page.QuerySelector("form[method=post]:not(.language-switch):not(.account-menu__signout)")!.GetAttribute("enctype"));
        Assert.Contains("persoon_email", page.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("table caption"));

        foreach (var (file, type) in new[] { ("sjabloon.csv", "text/csv"), ("sjabloon.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") })
        {
            using var template = await coordinator.Http.GetAsync($"/netwerk/{network.Slug}/import/{file}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, template.StatusCode);
            Assert.Equal(type, template.Content.Headers.ContentType!.MediaType);
        }
    }
}

public sealed class ImportFlowTestsOnSqlite(SqliteApp app) : ImportFlowTests(app);

public sealed class ImportFlowTestsOnPostgres(PostgresApp app) : ImportFlowTests(app);
