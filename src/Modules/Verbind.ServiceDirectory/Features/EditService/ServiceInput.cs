using Verbind.ServiceDirectory.Domain;

namespace Verbind.ServiceDirectory.Features.EditService;

/// <summary>
/// A service as the edit form sends it: all text, checked by <see cref="ServiceValidation"/>, so every wrong
/// value gets a message instead of a binding error. Checkbox groups (terms, languages, locations) post
/// several values under one name and are read from the form by the page.
/// </summary>
public sealed class ServiceInput
{
    public const int BlankRows = 2;

    public string? Name { get; set; }
    public string? AlternateName { get; set; }
    public string? Description { get; set; }
    public string? OrganisationId { get; set; }
    public string? Status { get; set; }
    public string? Url { get; set; }
    public string? Email { get; set; }
    public string? MinimumAgeMonths { get; set; }
    public string? MaximumAgeMonths { get; set; }
    public string? EligibilityDescription { get; set; }
    public string? ApplicationProcess { get; set; }
    public string? FeesDescription { get; set; }
    public string? WaitTime { get; set; }
    public string? InterpretationServices { get; set; }
    public string? Alert { get; set; }
    public string? AreaPostcodes { get; set; }
    public string? CapacityUnit { get; set; }
    public string? CapacityAvailable { get; set; }
    public string? CapacityMaximum { get; set; }
    public string? NameFr { get; set; }
    public string? DescriptionFr { get; set; }
    public string? NameEn { get; set; }
    public string? DescriptionEn { get; set; }

    public List<PhoneRow> Phones { get; set; } = [];
    public List<ContactRow> Contacts { get; set; } = [];
    public List<CostRow> Costs { get; set; } = [];
    public List<DocumentRow> Documents { get; set; } = [];
    public List<EventRow> Events { get; set; } = [];

    // Filled from the form's repeated checkbox values, not by the binder.
    public List<string> TermIds { get; set; } = [];
    public List<string> Languages { get; set; } = [];
    public List<string> LocationIds { get; set; } = [];

    public static ServiceInput Blank() => new ServiceInput { Status = nameof(ServiceStatus.Active), Languages = ["nl"] }.WithBlankRows();

    public static ServiceInput From(Service service)
    {
        var fr = service.Translations.FirstOrDefault(t => t.Language == "fr");
        var en = service.Translations.FirstOrDefault(t => t.Language == "en");
        var capacity = service.Capacities.FirstOrDefault();
        return new ServiceInput
        {
            Name = service.Name,
            AlternateName = service.AlternateName,
            Description = service.Description,
            OrganisationId = service.OrganisationId.ToString(),
            Status = service.Status.ToString(),
            Url = service.Url,
            Email = service.Email,
            MinimumAgeMonths = service.MinimumAgeMonths?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            MaximumAgeMonths = service.MaximumAgeMonths?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            EligibilityDescription = service.EligibilityDescription,
            ApplicationProcess = service.ApplicationProcess,
            FeesDescription = service.FeesDescription,
            WaitTime = service.WaitTime,
            InterpretationServices = service.InterpretationServices,
            Alert = service.Alert,
            AreaPostcodes = string.Join(", ", service.ServiceAreas.SelectMany(a => a.Postcodes)),
            CapacityUnit = capacity?.Unit,
            CapacityAvailable = capacity?.Available.ToString(System.Globalization.CultureInfo.InvariantCulture),
            CapacityMaximum = capacity?.Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            NameFr = fr?.Name,
            DescriptionFr = fr?.Description,
            NameEn = en?.Name,
            DescriptionEn = en?.Description,
            Phones = [.. service.Phones.Select(p => new PhoneRow { Number = p.Number, Description = p.Description })],
            Contacts = [.. service.Contacts.Select(c => new ContactRow { Name = c.Name, Title = c.Title, Email = c.Email, Phone = c.Phone })],
            Costs = [.. service.CostOptions.Select(c => new CostRow { Option = c.Option, Amount = c.Amount?.ToString(System.Globalization.CultureInfo.InvariantCulture) })],
            Documents = [.. service.RequiredDocuments.Select(d => new DocumentRow { Document = d.Document })],
            Events = [.. service.Events.OrderBy(e => e.StartsAt).Select(e => new EventRow
            {
                Title = e.Title,
                Description = e.Description,
                StartsAt = Verbind.Platform.Ui.LocalTime.FromUtc(e.StartsAt).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
                EndsAt = Verbind.Platform.Ui.LocalTime.FromUtc(e.EndsAt).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            })],
            TermIds = [.. service.Terms.Select(t => t.TermId.ToString())],
            Languages = [.. service.Languages],
            LocationIds = [.. service.Locations.Select(l => l.LocationId.ToString())],
        }.WithBlankRows();
    }

    /// <summary>Room for new rows in the form (no JavaScript needed to add one).</summary>
    public ServiceInput WithBlankRows()
    {
        Pad(Phones);
        Pad(Contacts);
        Pad(Costs);
        Pad(Documents);
        Pad(Events);
        return this;
    }

    private static void Pad<T>(List<T> rows) where T : IFormRow, new()
    {
        var blanks = rows.Count(r => r.IsEmpty);
        for (var i = blanks; i < BlankRows; i++)
        {
            rows.Add(new T());
        }
    }
}

public interface IFormRow
{
    bool IsEmpty { get; }
}

public sealed class PhoneRow : IFormRow
{
    public string? Number { get; set; }
    public string? Description { get; set; }
    public bool IsEmpty => string.IsNullOrWhiteSpace(Number) && string.IsNullOrWhiteSpace(Description);
}

public sealed class ContactRow : IFormRow
{
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone);
}

public sealed class CostRow : IFormRow
{
    public string? Option { get; set; }
    public string? Amount { get; set; }
    public bool IsEmpty => string.IsNullOrWhiteSpace(Option) && string.IsNullOrWhiteSpace(Amount);
}

public sealed class DocumentRow : IFormRow
{
    public string? Document { get; set; }
    public bool IsEmpty => string.IsNullOrWhiteSpace(Document);
}

public sealed class EventRow : IFormRow
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? StartsAt { get; set; }
    public string? EndsAt { get; set; }
    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(StartsAt) && string.IsNullOrWhiteSpace(EndsAt);
}
