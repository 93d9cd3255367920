using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Domain;
using Verbind.Testing;

namespace Verbind.ServiceDirectory.Tests;

/// <summary>Directory records written straight into the database, for the "given" part of the editing tests.</summary>
internal static class EditingArrange
{
    public static async Task<Organisation> PartnerAsync(this AppFactory app, Network network, string? name = null)
    {
        var organisation = new Organisation
        {
            Name = name ?? $"Partner {Guid.NewGuid():N}"[..20],
            Kind = OrganisationKind.Ngo,
            Sector = Sector.Social,
            Address = new Address { Street = "Teststraat 1", Postcode = "3000", Municipality = "Leuven" },
        };
        await app.WithDbAsync(async db =>
        {
            db.Add(organisation);
            db.Add(new Membership { NetworkId = network.Id, Organisation = organisation, Role = MembershipRole.Partner, StartDate = new DateOnly(2024, 1, 1) });
            await db.SaveChangesAsync();
        });
        return organisation;
    }

    /// <summary>A person of the organisation, a representative with an e-mail address, optionally linked to a user.</summary>
    public static async Task<Person> RepresentativeAsync(this AppFactory app, Network network, Organisation organisation, string? email = null, Guid? userId = null)
    {
        var person = new Person
        {
            NetworkId = network.Id, OrganisationId = organisation.Id, FullName = "Vertegenwoordiger " + Guid.NewGuid().ToString("N")[..6],
            Email = email ?? $"rep-{Guid.NewGuid():N}@test.verbind.local", IsRepresentative = true, UserId = userId,
        };
        await app.WithDbAsync(async db =>
        {
            db.Add(person);
            await db.SaveChangesAsync();
        });
        return person;
    }

    /// <summary>A signed-in partner member who is a person of <paramref name="organisation"/>.</summary>
    public static async Task<(TestUser User, TestClient Client)> PartnerMemberOfAsync(this AppFactory app, Network network, Organisation organisation)
    {
        var user = await app.CreateUserAsync(network, NetworkRole.PartnerMember);
        await app.RepresentativeAsync(network, organisation, user.Email, user.Id);
        return (user, await app.SignInAsync(user));
    }

    public static async Task<Service> ServiceAsync(this AppFactory app, Network network, Organisation organisation, string? name = null, DateOnly? lastVerifiedOn = null)
    {
        var service = new Service
        {
            NetworkId = network.Id, OrganisationId = organisation.Id, Name = name ?? $"Dienst {Guid.NewGuid():N}"[..18],
            LastVerifiedOn = lastVerifiedOn ?? DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime),
        };
        await app.WithDbAsync(async db =>
        {
            db.Add(service);
            await db.SaveChangesAsync();
        });
        return service;
    }

    public static Task<Service?> FindServiceAsync(this AppFactory app, Guid id) =>
        app.WithDbAsync(db => db.Set<Service>().AsNoTracking().Include(s => s.Terms).Include(s => s.Phones).Include(s => s.CostOptions)
            .Include(s => s.Events).AsSplitQuery().FirstOrDefaultAsync(s => s.Id == id));

    public static Task<int> ServiceCountAsync(this AppFactory app, Network network) =>
        app.WithDbAsync(db => db.Set<Service>().CountAsync(s => s.NetworkId == network.Id));

    /// <summary>
    /// Posts the form on <paramref name="url"/> with its own fields, the values given replacing them, and the
    /// repeated values (checkbox groups) added as they are.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this TestClient client, string url, IDictionary<string, string> values, IEnumerable<KeyValuePair<string, string>>? repeated = null, string formSelector = "form.form", string? postTo = null)
    {
        var page = await client.GetPageAsync(url);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name) && i.Type != "submit"))
        {
            if (input.Type is "checkbox" or "radio" && !input.IsChecked)
            {
                continue;
            }
            fields.Add(new(input.Name!, input.Value));
        }
        fields.AddRange(form.Elements.OfType<IHtmlSelectElement>().Where(s => !string.IsNullOrEmpty(s.Name)).Select(s => new KeyValuePair<string, string>(s.Name!, s.Value ?? "")));
        fields.AddRange(form.Elements.OfType<IHtmlTextAreaElement>().Where(t => !string.IsNullOrEmpty(t.Name)).Select(t => new KeyValuePair<string, string>(t.Name!, t.Value)));
        var extra = repeated?.ToList() ?? [];
        fields.RemoveAll(f => values.ContainsKey(f.Key) || extra.Any(e => e.Key == f.Key));
        fields.AddRange(values);
        fields.AddRange(extra);
        return await client.Http.PostAsync(postTo ?? url, new FormUrlEncodedContent(fields));
    }
}
