using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Contracts;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.Geo;
using Verbind.ServiceDirectory.Features.Owners;
using Verbind.ServiceDirectory.Features.Owners.Form;

namespace Verbind.ServiceDirectory.Features.EditService;

public sealed record SaveOutcome(Guid? Id, FieldErrors Errors, bool Forbidden = false, bool NotFound = false)
{
    public bool Succeeded => Id is not null && Errors.Count == 0 && !Forbidden && !NotFound;
}

/// <summary>
/// Creates or updates a service of the current network with all its parts. Wrong input changes nothing;
/// the organisation must be an active partner of this network that the user may edit for.
/// </summary>
public sealed class SaveService(AppDbContext db, NetworkScope scope, DirectoryAccess access, IPartnerDirectory partners, Gazetteer gazetteer, TimeProvider clock)
{
    public async Task<SaveOutcome> SaveAsync(Guid? id, ServiceInput input, CancellationToken cancellationToken)
    {
        Service? service = null;
        if (id is { } existingId)
        {
            service = await LoadAsync(existingId, cancellationToken);
            if (service is null)
            {
                return new SaveOutcome(null, [], NotFound: true);
            }
            if (!await access.CanEditAsync(service.OrganisationId, cancellationToken))
            {
                return new SaveOutcome(null, [], Forbidden: true);
            }
        }
        else if (!access.CanEditAnything)
        {
            return new SaveOutcome(null, [], Forbidden: true);
        }
        var errors = new FieldErrors();
        var values = await ValidateAsync(input, errors, cancellationToken);
        if (values is null || errors.Count > 0)
        {
            return new SaveOutcome(null, errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (service is null)
        {
            service = new Service { Name = values.Name, NetworkId = scope.Required.Id, CreatedAt = now, LastVerifiedOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime) };
            db.Services.Add(service);
        }
        values.ApplyTo(db, service, now);
        await db.SaveChangesAsync(cancellationToken);
        return new SaveOutcome(service.Id, errors);
    }

    public Task<Service?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        db.Services
            .Include(s => s.Phones).Include(s => s.Contacts).Include(s => s.CostOptions).Include(s => s.RequiredDocuments)
            .Include(s => s.ServiceAreas).Include(s => s.Capacities).Include(s => s.Events).Include(s => s.Terms).Include(s => s.Locations)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    private async Task<ServiceValues?> ValidateAsync(ServiceInput input, FieldErrors errors, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var name = Check.Text(errors, nameof(input.Name), input.Name, 300, required: true);
        var alternateName = Check.Text(errors, nameof(input.AlternateName), input.AlternateName, 300);
        var description = Check.Text(errors, nameof(input.Description), input.Description, 8000);
        var organisationId = Check.Id(errors, nameof(input.OrganisationId), input.OrganisationId);
        if (organisationId is { } organisation)
        {
            var active = await partners.ActivePartnersAsync(cancellationToken);
            if (active.All(p => p.Id != organisation))
            {
                errors.Add(nameof(input.OrganisationId), "Error.UnknownOrganisation");
            }
            else if (!await access.CanEditAsync(organisation, cancellationToken))
            {
                errors.Add(nameof(input.OrganisationId), "Error.NotYourOrganisation");
            }
        }
        var status = Check.Choice<ServiceStatus>(errors, nameof(input.Status), input.Status);
        var url = Check.Website(errors, nameof(input.Url), input.Url);
        var email = Check.Email(errors, nameof(input.Email), input.Email);
        var minimum = Check.WholeNumber(errors, nameof(input.MinimumAgeMonths), input.MinimumAgeMonths, AgeRange.PregnancyStart, AgeRange.Oldest);
        var maximum = Check.WholeNumber(errors, nameof(input.MaximumAgeMonths), input.MaximumAgeMonths, AgeRange.PregnancyStart, AgeRange.Oldest);
        if (!new AgeRange(minimum, maximum).IsValid)
        {
            errors.Add(nameof(input.MaximumAgeMonths), "Error.AgeOrder");
        }
        var texts = new ServiceTexts(
            Check.Text(errors, nameof(input.EligibilityDescription), input.EligibilityDescription, 2000),
            Check.Text(errors, nameof(input.ApplicationProcess), input.ApplicationProcess, 2000),
            Check.Text(errors, nameof(input.FeesDescription), input.FeesDescription, 2000),
            Check.Text(errors, nameof(input.WaitTime), input.WaitTime, 2000),
            Check.Text(errors, nameof(input.InterpretationServices), input.InterpretationServices, 2000),
            Check.Text(errors, nameof(input.Alert), input.Alert, 2000));
        var translations = new List<ServiceTranslation>();
        AddTranslation(translations, "fr", Check.Text(errors, nameof(input.NameFr), input.NameFr, 300), Check.Text(errors, nameof(input.DescriptionFr), input.DescriptionFr, 8000));
        AddTranslation(translations, "en", Check.Text(errors, nameof(input.NameEn), input.NameEn, 300), Check.Text(errors, nameof(input.DescriptionEn), input.DescriptionEn, 8000));

        var languages = new List<string>();
        foreach (var code in input.Languages.Where(l => !string.IsNullOrWhiteSpace(l)).Distinct().Take(100))
        {
            if (ServiceChoices.LanguageCodes.Contains(code))
            {
                languages.Add(code);
            }
            else
            {
                errors.Add(nameof(input.Languages), "Error.UnknownChoice");
                break;
            }
        }
        var termIds = ParseIds(errors, nameof(input.TermIds), input.TermIds);
        if (termIds.Count > 0)
        {
            var known = await db.TaxonomyTerms.Where(t => termIds.Contains(t.Id)).CountAsync(cancellationToken);
            if (known != termIds.Count)
            {
                errors.Add(nameof(input.TermIds), "Error.UnknownTerm");
            }
        }
        var locationIds = ParseIds(errors, nameof(input.LocationIds), input.LocationIds);
        if (locationIds.Count > 0)
        {
            // The tenancy filter leaves out other networks' locations: their ids count as unknown.
            var known = await db.Locations.Where(l => locationIds.Contains(l.Id)).CountAsync(cancellationToken);
            if (known != locationIds.Count)
            {
                errors.Add(nameof(input.LocationIds), "Error.UnknownLocation");
            }
        }
        var postcodes = ParsePostcodes(errors, input.AreaPostcodes);
        var capacity = ParseCapacity(errors, input);
        var phones = Rows(input.Phones, (row, i) =>
        {
            var number = Check.Phone(errors, $"Phones[{i}].Number", row.Number);
            var text = Check.Text(errors, $"Phones[{i}].Description", row.Description, 300);
            if (number is null && text is not null)
            {
                errors.Add($"Phones[{i}].Number", "Error.Required");
            }
            return number is null ? null : new ServicePhone { Number = number, Description = text };
        });
        var contacts = Rows(input.Contacts, (row, i) =>
        {
            var contact = new ServiceContact
            {
                Name = Check.Text(errors, $"Contacts[{i}].Name", row.Name, 200),
                Title = Check.Text(errors, $"Contacts[{i}].Title", row.Title, 200),
                Email = Check.Email(errors, $"Contacts[{i}].Email", row.Email),
                Phone = Check.Phone(errors, $"Contacts[{i}].Phone", row.Phone),
            };
            return contact;
        });
        var costs = Rows(input.Costs, (row, i) => new CostOption
        {
            Option = Check.Text(errors, $"Costs[{i}].Option", row.Option, 300),
            Amount = Check.Amount(errors, $"Costs[{i}].Amount", row.Amount),
        });
        var documents = Rows(input.Documents, (row, i) =>
            Check.Text(errors, $"Documents[{i}].Document", row.Document, 300) is { } document ? new RequiredDocument { Document = document } : null);
        var events = Rows(input.Events, (row, i) => ParseEvent(errors, row, i, today));
        if (errors.Count > 0)
        {
            return null;
        }
        return new ServiceValues(name!, alternateName, description, organisationId!.Value, status!.Value, url, email, minimum, maximum, texts,
            translations, languages, termIds, locationIds, postcodes, capacity, phones, contacts, costs, documents, events);
    }

    private static void AddTranslation(List<ServiceTranslation> translations, string language, string? name, string? description)
    {
        if (name is not null || description is not null)
        {
            translations.Add(new ServiceTranslation { Language = language, Name = name, Description = description });
        }
    }

    private static List<Guid> ParseIds(FieldErrors errors, string field, List<string> values)
    {
        var ids = new List<Guid>();
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)).Take(500))
        {
            if (!Guid.TryParse(value, out var id))
            {
                errors.Add(field, "Error.UnknownChoice");
                return [];
            }
            ids.Add(id);
        }
        return ids.Distinct().ToList();
    }

    private List<string> ParsePostcodes(FieldErrors errors, string? text)
    {
        var value = Check.Text(errors, nameof(ServiceInput.AreaPostcodes), text, 2000);
        var postcodes = new List<string>();
        if (value is null)
        {
            return postcodes;
        }
        foreach (var postcode in value.Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Distinct())
        {
            if (gazetteer.ByPostcode(postcode).Count == 0)
            {
                errors.Add(nameof(ServiceInput.AreaPostcodes), "Error.UnknownPostcode", postcode.Length > 12 ? postcode[..12] : postcode);
                break;
            }
            postcodes.Add(postcode);
        }
        return postcodes;
    }

    private static ServiceCapacity? ParseCapacity(FieldErrors errors, ServiceInput input)
    {
        var unit = Check.Text(errors, nameof(input.CapacityUnit), input.CapacityUnit, 100);
        var available = Check.Amount(errors, nameof(input.CapacityAvailable), input.CapacityAvailable);
        var maximum = Check.Amount(errors, nameof(input.CapacityMaximum), input.CapacityMaximum);
        if (unit is null && available is null && maximum is null)
        {
            return null;
        }
        if (unit is null)
        {
            errors.Add(nameof(input.CapacityUnit), "Error.Required");
        }
        if (available is null)
        {
            errors.Add(nameof(input.CapacityAvailable), "Error.Required");
        }
        return unit is null || available is null ? null : new ServiceCapacity { Unit = unit, Available = available.Value, Maximum = maximum };
    }

    private static ServiceEvent? ParseEvent(FieldErrors errors, EventRow row, int i, DateOnly today)
    {
        var title = Check.Text(errors, $"Events[{i}].Title", row.Title, 300, required: true);
        var description = Check.Text(errors, $"Events[{i}].Description", row.Description, 4000);
        var starts = Check.DateTimeLocal(errors, $"Events[{i}].StartsAt", row.StartsAt, today, required: true);
        var ends = Check.DateTimeLocal(errors, $"Events[{i}].EndsAt", row.EndsAt, today, required: true);
        if (starts is { } from && ends is { } to && to < from)
        {
            errors.Add($"Events[{i}].EndsAt", "Error.EndBeforeStart");
            return null;
        }
        if (title is null || starts is null || ends is null)
        {
            return null;
        }
        return new ServiceEvent { Title = title, Description = description, StartsAt = ToUtc(starts.Value), EndsAt = ToUtc(ends.Value) };
    }

    private static DateTime ToUtc(DateTime local)
    {
        var zone = Verbind.Platform.Ui.LocalTime.Zone;
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A time skipped by the switch to summer time does not exist locally: take the hour after.
        return TimeZoneInfo.ConvertTimeToUtc(zone.IsInvalidTime(unspecified) ? unspecified.AddHours(1) : unspecified, zone);
    }

    private static List<T> Rows<TRow, T>(List<TRow> rows, Func<TRow, int, T?> parse)
        where TRow : IFormRow
        where T : class =>
        rows.Take(50).Select((row, i) => row.IsEmpty ? null : parse(row, i)).OfType<T>().ToList();
}

public sealed record ServiceTexts(string? Eligibility, string? ApplicationProcess, string? Fees, string? WaitTime, string? Interpretation, string? Alert);

public sealed record ServiceValues(
    string Name, string? AlternateName, string? Description, Guid OrganisationId, ServiceStatus Status, string? Url, string? Email,
    int? MinimumAgeMonths, int? MaximumAgeMonths, ServiceTexts Texts, List<ServiceTranslation> Translations, List<string> Languages,
    List<Guid> TermIds, List<Guid> LocationIds, List<string> Postcodes, ServiceCapacity? Capacity,
    List<ServicePhone> Phones, List<ServiceContact> Contacts, List<CostOption> Costs, List<RequiredDocument> Documents, List<ServiceEvent> Events)
{
    /// <summary>Writes the values into the (tracked) service; its child rows are replaced.</summary>
    public void ApplyTo(AppDbContext db, Service service, DateTime now)
    {
        service.Name = Name;
        service.AlternateName = AlternateName;
        service.Description = Description;
        service.OrganisationId = OrganisationId;
        service.Status = Status;
        service.Url = Url;
        service.Email = Email;
        service.MinimumAgeMonths = MinimumAgeMonths;
        service.MaximumAgeMonths = MaximumAgeMonths;
        service.EligibilityDescription = Texts.Eligibility;
        service.ApplicationProcess = Texts.ApplicationProcess;
        service.FeesDescription = Texts.Fees;
        service.WaitTime = Texts.WaitTime;
        service.InterpretationServices = Texts.Interpretation;
        service.Alert = Texts.Alert;
        service.Translations = Translations;
        if (!service.Languages.SequenceEqual(Languages))
        {
            service.Languages = Languages;
        }
        service.UpdatedAt = now;

        db.RemoveRange(service.Phones);
        db.RemoveRange(service.Contacts);
        db.RemoveRange(service.CostOptions);
        db.RemoveRange(service.RequiredDocuments);
        db.RemoveRange(service.ServiceAreas);
        db.RemoveRange(service.Capacities);
        db.RemoveRange(service.Events);
        if (Capacity is not null)
        {
            Capacity.Updated = now;
        }
        // Added explicitly: their ids are set when they are made, so found through a navigation EF would take them for existing rows.
        service.Phones = Added(db, service, Phones, (p, id) => p.ServiceId = id);
        service.Contacts = Added(db, service, Contacts, (c, id) => c.ServiceId = id);
        service.CostOptions = Added(db, service, Costs, (c, id) => c.ServiceId = id);
        service.RequiredDocuments = Added(db, service, Documents, (d, id) => d.ServiceId = id);
        service.ServiceAreas = Added<ServiceArea>(db, service, Postcodes.Count == 0 ? [] : [new ServiceArea { Name = "Werkingsgebied", Postcodes = Postcodes }], (a, id) => a.ServiceId = id);
        service.Capacities = Added<ServiceCapacity>(db, service, Capacity is null ? [] : [Capacity], (c, id) => c.ServiceId = id);
        service.Events = Added(db, service, Events, (e, id) => e.ServiceId = id);

        foreach (var gone in service.Terms.Where(t => !TermIds.Contains(t.TermId)).ToList())
        {
            service.Terms.Remove(gone);
            db.Remove(gone);
        }
        foreach (var termId in TermIds.Where(t => service.Terms.All(existing => existing.TermId != t)))
        {
            var term = new ServiceTerm { NetworkId = service.NetworkId, ServiceId = service.Id, TermId = termId };
            db.Add(term);
            service.Terms.Add(term);
        }
        foreach (var gone in service.Locations.Where(l => !LocationIds.Contains(l.LocationId)).ToList())
        {
            service.Locations.Remove(gone);
            db.Remove(gone);
        }
        foreach (var locationId in LocationIds.Where(l => service.Locations.All(existing => existing.LocationId != l)))
        {
            var link = new ServiceAtLocation { NetworkId = service.NetworkId, ServiceId = service.Id, LocationId = locationId };
            db.Add(link);
            service.Locations.Add(link);
        }
    }

    private static List<T> Added<T>(AppDbContext db, Service service, List<T> rows, Action<T, Guid> linkTo)
        where T : class, INetworkOwned
    {
        foreach (var row in rows)
        {
            row.NetworkId = service.NetworkId;
            linkTo(row, service.Id);
            db.Add(row);
        }
        return rows;
    }
}
