using System.Globalization;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Contracts;
using Verbind.Platform.Data;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.Geo;

namespace Verbind.ServiceDirectory.Features.HsdsImport;

/// <summary>What a check needs to know of the platform, read once per file.</summary>
internal sealed record ImportContext(
    Guid NetworkId,
    IReadOnlyList<PartnerSummary> Partners,
    IReadOnlyDictionary<Guid, TaxonomyTerm> TermsById,
    ILookup<string, TaxonomyTerm> TermsByCode,
    IReadOnlyDictionary<Guid, Guid> NetworkOfService,
    IReadOnlyDictionary<Guid, Guid> NetworkOfLocation,
    DateTime Now)
{
    /// <summary>True when the id is a service of the importing network: the record updates it.</summary>
    public bool UpdatesService(Guid id) => NetworkOfService.TryGetValue(id, out var network) && network == NetworkId;

    /// <summary>True when the id is a location of the importing network: the record updates it.</summary>
    public bool UpdatesLocation(Guid id) => NetworkOfLocation.TryGetValue(id, out var network) && network == NetworkId;
}

/// <summary>
/// Turns one HSDS service of a file into a Verbind service, or says why it cannot: every problem of the
/// record, not only the first. Builds the records as the file gives them (with the file's ids); whether
/// one creates or updates is the importer's to apply (<see cref="ImportContext.UpdatesService"/>). Nothing is written here.
/// </summary>
internal sealed class HsdsImportChecker(AppDbContext db, IPartnerDirectory partners, TimeProvider clock)
{
    public async Task<ImportContext> ContextAsync(Guid networkId, IEnumerable<HsdsInService> services, CancellationToken cancellationToken)
    {
        var ids = new HashSet<Guid>();
        foreach (var service in services)
        {
            AddId(ids, service.Id);
            foreach (var link in service.ServiceAtLocations ?? [])
            {
                AddId(ids, link.Location?.Id ?? link.LocationId);
            }
        }
        var idList = ids.ToList();
        var serviceNetworks = new Dictionary<Guid, Guid>();
        var locationNetworks = new Dictionary<Guid, Guid>();
        foreach (var chunk in idList.Chunk(500))
        {
            // Ids are unique platform-wide: look past the network filter, to know which ids are another network's.
            foreach (var s in await db.Services.IgnoreQueryFilters().Where(s => chunk.Contains(s.Id)).Select(s => new { s.Id, s.NetworkId }).ToListAsync(cancellationToken))
            {
                serviceNetworks[s.Id] = s.NetworkId;
            }
            foreach (var l in await db.Locations.IgnoreQueryFilters().Where(l => chunk.Contains(l.Id)).Select(l => new { l.Id, l.NetworkId }).ToListAsync(cancellationToken))
            {
                locationNetworks[l.Id] = l.NetworkId;
            }
        }
        var terms = await db.TaxonomyTerms.AsNoTracking().ToListAsync(cancellationToken);
        return new ImportContext(networkId, await partners.ActivePartnersAsync(cancellationToken), terms.ToDictionary(t => t.Id),
            terms.ToLookup(t => t.Code, StringComparer.OrdinalIgnoreCase), serviceNetworks, locationNetworks, clock.GetUtcNow().UtcDateTime);
    }

    private static void AddId(HashSet<Guid> ids, string? text)
    {
        if (Guid.TryParse(text, out var id))
        {
            ids.Add(id);
        }
    }

    /// <summary>Checks a record; the service is null when it has a problem. Locations shared in the file are built once.</summary>
    public static (Service? Service, List<ImportProblem> Problems, List<ImportProblem> Notices) Check(
        HsdsImportReader.Record record, ImportContext context, Dictionary<string, Location> locationsOfFile)
    {
        var input = record.Service;
        var problems = new List<ImportProblem>();
        var notices = new List<ImportProblem>();
        var name = input.Name is null ? null : HsdsImportReader.Shorten(input.Name);
        void Problem(ImportProblemCode code, string? detail = null) => problems.Add(new ImportProblem(record.Number, input.Id, name, code, detail));
        string? Text(string? value, int max, string field)
        {
            var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            if (trimmed is { Length: var length } && length > max)
            {
                Problem(ImportProblemCode.TooLong, field);
            }
            return trimmed;
        }

        var id = Guid.Empty;
        if (input.Id is null)
        {
            Problem(ImportProblemCode.MissingId);
        }
        else if (!Guid.TryParse(input.Id, out id) || id == Guid.Empty)
        {
            Problem(ImportProblemCode.InvalidId, "id");
        }
        else if (context.NetworkOfService.ContainsKey(id) && !context.UpdatesService(id))
        {
            Problem(ImportProblemCode.ServiceOfAnotherNetwork);
        }
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            Problem(ImportProblemCode.MissingName);
        }

        var service = new Service
        {
            Id = id,
            NetworkId = context.NetworkId,
            Name = Text(input.Name, 300, "name") ?? "",
            AlternateName = Text(input.AlternateName, 300, "alternate_name"),
            Description = Text(input.Description, 8000, "description"),
            Url = Url(input.Url, "url"),
            Email = Email(input.Email, "email"),
            Status = Status(input.Status),
            InterpretationServices = Text(input.InterpretationServices, 2000, "interpretation_services"),
            ApplicationProcess = Text(input.ApplicationProcess, 2000, "application_process"),
            FeesDescription = Text(input.FeesDescription, 2000, "fees_description"),
            WaitTime = Text(input.WaitTime, 2000, "wait_time"),
            Accreditations = Text(input.Accreditations, 2000, "accreditations"),
            EligibilityDescription = Text(input.EligibilityDescription, 2000, "eligibility_description"),
            Licenses = Text(input.Licenses, 2000, "licenses"),
            Alert = Text(input.Alert, 2000, "alert"),
            MinimumAgeMonths = Months(input.MinimumAge, "minimum_age"),
            MaximumAgeMonths = Months(input.MaximumAge, "maximum_age"),
            LastVerifiedOn = Date(input.AssuredDate, "assured_date"),
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
        };
        if (service.MinimumAgeMonths > service.MaximumAgeMonths)
        {
            Problem(ImportProblemCode.InvalidAge, "minimum_age > maximum_age");
        }
        service.OrganisationId = Organisation();

        foreach (var language in input.Languages ?? [])
        {
            if (Language(language.Code) is { } code && !service.Languages.Contains(code))
            {
                service.Languages.Add(code);
            }
        }
        foreach (var phone in input.Phones ?? [])
        {
            if (Phone(phone) is { } built)
            {
                service.Phones.Add(built);
            }
        }
        foreach (var schedule in input.Schedules ?? [])
        {
            service.Schedules.Add(Schedule(schedule));
        }
        foreach (var area in input.ServiceAreas ?? [])
        {
            service.ServiceAreas.Add(new ServiceArea
            {
                NetworkId = context.NetworkId,
                Name = Text(area.Name, 200, "service_areas.name") ?? Text(area.Extent, 200, "service_areas.extent") ?? "",
                Description = Text(area.Description, 1000, "service_areas.description"),
                Postcodes = area.ExtentType == "postcodes" && area.Extent is { } extent
                    ? extent.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(p => p.Length <= 10).Distinct().ToList()
                    : [],
            });
        }
        foreach (var cost in input.CostOptions ?? [])
        {
            service.CostOptions.Add(new CostOption
            {
                NetworkId = context.NetworkId,
                Option = Text(cost.Option, 300, "cost_options.option"),
                Amount = cost.Amount is { } amount && (amount < 0 || amount >= 100_000_000) ? Invalid<decimal?>(ImportProblemCode.WrongType, "cost_options.amount") : cost.Amount,
                Currency = Text(cost.Currency, 3, "cost_options.currency") ?? "EUR",
                AmountDescription = Text(cost.AmountDescription, 300, "cost_options.amount_description"),
                ValidFrom = Date(cost.ValidFrom, "cost_options.valid_from"),
                ValidTo = Date(cost.ValidTo, "cost_options.valid_to"),
            });
        }
        foreach (var document in input.RequiredDocuments ?? [])
        {
            if (Text(document.Document, 300, "required_documents.document") is { } text)
            {
                service.RequiredDocuments.Add(new RequiredDocument { NetworkId = context.NetworkId, Document = text, Uri = Url(document.Uri, "required_documents.uri") });
            }
        }
        foreach (var contact in input.Contacts ?? [])
        {
            service.Contacts.Add(new ServiceContact
            {
                NetworkId = context.NetworkId,
                Name = Text(contact.Name, 200, "contacts.name"),
                Title = Text(contact.Title, 200, "contacts.title"),
                Department = Text(contact.Department, 200, "contacts.department"),
                Email = Email(contact.Email, "contacts.email"),
            });
        }
        foreach (var capacity in input.Capacities ?? [])
        {
            service.Capacities.Add(new ServiceCapacity
            {
                NetworkId = context.NetworkId,
                Unit = Text(capacity.Unit?.Name, 100, "capacities.unit") ?? Invalid<string>(ImportProblemCode.MissingValue, "capacities.unit") ?? "",
                Available = capacity.Available is { } available and >= 0 and < 100_000_000 ? available : Invalid<decimal?>(ImportProblemCode.MissingValue, "capacities.available") ?? 0,
                Maximum = capacity.Maximum,
                Description = Text(capacity.Description, 500, "capacities.description"),
                Updated = Moment(capacity.Updated) ?? context.Now,
            });
        }
        foreach (var attribute in input.Attributes ?? [])
        {
            if (Term(attribute) is { } term && service.Terms.All(t => t.TermId != term.Id))
            {
                service.Terms.Add(new ServiceTerm { NetworkId = context.NetworkId, ServiceId = service.Id, TermId = term.Id });
            }
        }
        foreach (var link in input.ServiceAtLocations ?? [])
        {
            if (Location(link) is { } location && service.Locations.All(l => l.LocationId != location.Id))
            {
                service.Locations.Add(new ServiceAtLocation
                {
                    NetworkId = context.NetworkId,
                    ServiceId = service.Id,
                    LocationId = location.Id,
                    Location = location,
                    Description = Text(link.Description, 2000, "service_at_locations.description"),
                });
            }
        }
        return (problems.Count == 0 ? service : null, problems, notices);

        T? Invalid<T>(ImportProblemCode code, string field)
        {
            Problem(code, field);
            return default;
        }

        string? Url(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }
            var trimmed = value.Trim();
            if (trimmed.Length > 500 || !Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                Problem(ImportProblemCode.InvalidUrl, field);
                return null;
            }
            return trimmed;
        }

        string? Email(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }
            var trimmed = value.Trim();
            if (trimmed.Length > 256 || !MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed)
            {
                Problem(ImportProblemCode.InvalidEmail, field);
                return null;
            }
            return trimmed;
        }

        ServiceStatus Status(string? value)
        {
            switch (value?.Trim().ToLowerInvariant())
            {
                case null or "" or "active":
                    return ServiceStatus.Active;
                case "inactive":
                    return ServiceStatus.Inactive;
                case "defunct":
                    return ServiceStatus.Defunct;
                case "temporarily closed":
                    return ServiceStatus.TemporarilyClosed;
                default:
                    Problem(ImportProblemCode.UnknownStatus, HsdsImportReader.Shorten(value!));
                    return ServiceStatus.Inactive;
            }
        }

        int? Months(decimal? years, string field)
        {
            if (years is not { } value)
            {
                return null;
            }
            var months = (int)Math.Round(value * 12, MidpointRounding.AwayFromZero);
            if (value < -1 || value > 150 || months < AgeRange.PregnancyStart)
            {
                Problem(ImportProblemCode.InvalidAge, field);
                return null;
            }
            // Verbind's ages end at 24 years; an older bound means "no upper bound" for its families.
            return Math.Min(months, AgeRange.Oldest);
        }

        DateOnly? Date(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }
            if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
            if (DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            {
                return DateOnly.FromDateTime(moment.UtcDateTime);
            }
            Problem(ImportProblemCode.InvalidDate, field);
            return null;
        }

        static DateTime? Moment(string? value) =>
            DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) ? moment.UtcDateTime : null;

        TimeOnly? Time(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }
            var text = value.Trim();
            var plus = text.IndexOfAny(['+', 'Z', 'z']);
            if (plus > 0)
            {
                text = text[..plus];
            }
            if (TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                return time;
            }
            Problem(ImportProblemCode.InvalidTime, field);
            return null;
        }

        string? Language(string? code)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                return null;
            }
            var trimmed = code.Trim().ToLowerInvariant();
            if (trimmed.Length is < 2 or > 10 || !trimmed.All(c => char.IsAsciiLetterLower(c) || c == '-'))
            {
                Problem(ImportProblemCode.InvalidLanguage, HsdsImportReader.Shorten(code));
                return null;
            }
            return trimmed;
        }

        ServicePhone? Phone(HsdsInPhone phone)
        {
            if (Text(phone.Number, 40, "phones.number") is not { } number)
            {
                return null;
            }
            return new ServicePhone
            {
                NetworkId = context.NetworkId,
                Number = number,
                Extension = phone.Extension is { } extension ? Text(extension.ToString(CultureInfo.InvariantCulture), 20, "phones.extension") : null,
                Type = Text(phone.Type, 20, "phones.type"),
                Description = Text(phone.Description, 300, "phones.description"),
            };
        }

        Schedule Schedule(HsdsInSchedule input)
        {
            var days = new List<DayOfWeek>();
            foreach (var code in (input.Byday ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var day = Enum.GetValues<DayOfWeek>().Cast<DayOfWeek?>().FirstOrDefault(d => code.EndsWith(d!.Value.ToString()[..2], StringComparison.OrdinalIgnoreCase));
                if (day is null)
                {
                    Problem(ImportProblemCode.WrongType, "schedules.byday");
                }
                else if (!days.Contains(day.Value))
                {
                    days.Add(day.Value);
                }
            }
            int? dayOfMonth = null;
            if (!string.IsNullOrWhiteSpace(input.Bymonthday))
            {
                if (int.TryParse(input.Bymonthday.Split(',')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31)
                {
                    dayOfMonth = d;
                }
                else
                {
                    Problem(ImportProblemCode.WrongType, "schedules.bymonthday");
                }
            }
            return new Schedule
            {
                NetworkId = context.NetworkId,
                Frequency = string.Equals(input.Freq, "MONTHLY", StringComparison.OrdinalIgnoreCase) ? ScheduleFrequency.Monthly : ScheduleFrequency.Weekly,
                Interval = input.Interval is { } interval and >= 1 and <= 52 ? (int)interval : 1,
                Days = days,
                DayOfMonth = dayOfMonth,
                OpensAt = Time(input.OpensAt, "schedules.opens_at"),
                ClosesAt = Time(input.ClosesAt, "schedules.closes_at"),
                ValidFrom = Date(input.ValidFrom, "schedules.valid_from"),
                ValidTo = Date(input.ValidTo, "schedules.valid_to"),
                AttendingType = input.AttendingType?.ToLowerInvariant() switch
                {
                    "online" or "virtual" => AttendingType.Online,
                    "phone" or "telephone" => AttendingType.Phone,
                    "hybrid" => AttendingType.Hybrid,
                    _ => AttendingType.InPerson,
                },
                Description = Text(input.Description, 1000, "schedules.description"),
                Notes = Text(input.Notes, 1000, "schedules.notes"),
            };
        }

        Guid Organisation()
        {
            var organisationId = input.OrganizationId ?? input.Organization?.Id;
            if (Guid.TryParse(organisationId, out var known) && context.Partners.Any(p => p.Id == known))
            {
                return known;
            }
            var wanted = input.Organization?.Name;
            if (!string.IsNullOrWhiteSpace(wanted))
            {
                var matches = context.Partners.Where(p => Gazetteer.Fold(p.Name) == Gazetteer.Fold(wanted)).ToList();
                if (matches.Count == 1)
                {
                    notices.Add(new ImportProblem(record.Number, input.Id, name, ImportProblemCode.MatchedOrganisationByName, matches[0].Name));
                    return matches[0].Id;
                }
            }
            Problem(ImportProblemCode.UnknownOrganisation, HsdsImportReader.Shorten(wanted ?? organisationId ?? "—"));
            return Guid.Empty;
        }

        TaxonomyTerm? Term(HsdsInClassification attribute)
        {
            var termId = attribute.TaxonomyTermId ?? attribute.TaxonomyTerm?.Id;
            if (Guid.TryParse(termId, out var id) && context.TermsById.TryGetValue(id, out var byId))
            {
                return byId;
            }
            if (attribute.TaxonomyTerm?.Code is { Length: > 0 } code && context.TermsByCode[code].ToList() is [var byCode])
            {
                return byCode;
            }
            Problem(ImportProblemCode.UnknownTerm, HsdsImportReader.Shorten(attribute.TaxonomyTerm?.Code ?? termId ?? "—"));
            return null;
        }

        Location? Location(HsdsInServiceAtLocation link)
        {
            var input = link.Location;
            var key = input?.Id ?? link.LocationId;
            if (key is not null && locationsOfFile.TryGetValue(key, out var shared))
            {
                return shared;
            }
            if (input is null)
            {
                Problem(ImportProblemCode.MissingValue, "service_at_locations.location");
                return null;
            }
            var locationId = Guid.NewGuid();
            if (Guid.TryParse(key, out var fileId) && fileId != Guid.Empty)
            {
                if (context.NetworkOfLocation.ContainsKey(fileId) && !context.UpdatesLocation(fileId))
                {
                    Problem(ImportProblemCode.LocationOfAnotherNetwork, HsdsImportReader.Shorten(input.Name ?? key!));
                    return null;
                }
                locationId = fileId;
            }
            var address = input.Addresses?.FirstOrDefault();
            if (input.Latitude is { } lat && input.Longitude is { } lon && !new GeoPoint(lat, lon).IsValid)
            {
                Problem(ImportProblemCode.InvalidCoordinates, "location.latitude/longitude");
            }
            var location = new Location
            {
                Id = locationId,
                NetworkId = context.NetworkId,
                OrganisationId = Guid.Empty == service.OrganisationId ? null : service.OrganisationId,
                Name = Text(input.Name, 300, "location.name") ?? Text(address?.City, 300, "location.name") ?? "—",
                AlternateName = Text(input.AlternateName, 300, "location.alternate_name"),
                LocationType = input.LocationType?.ToLowerInvariant() switch { "virtual" => LocationType.Virtual, "postal" => LocationType.Postal, _ => LocationType.Physical },
                Description = Text(input.Description, 4000, "location.description"),
                Transportation = Text(input.Transportation, 2000, "location.transportation"),
                Url = Url(input.Url, "location.url"),
                Street = Text(address?.Address1, 300, "address.address_1"),
                Postcode = Text(address?.PostalCode, 10, "address.postal_code"),
                Municipality = Text(address?.City, 100, "address.city"),
                CountryCode = address?.Country?.Trim().ToUpperInvariant() is { Length: 2 } country ? country : "BE",
                Latitude = input.Latitude,
                Longitude = input.Longitude,
                AccessibilityDescription = Text(string.Join(" ", (input.Accessibility ?? []).Select(a => a.Description).Where(d => !string.IsNullOrWhiteSpace(d)
                    && !Enum.TryParse<AccessibilityFeature>(d, out _))), 2000, "accessibility.description") is { Length: > 0 } description ? description : null,
                AccessibilityFeatures = (input.Accessibility ?? []).Select(a => Enum.TryParse<AccessibilityFeature>(a.Description, out var f) && Enum.IsDefined(f) ? f : (AccessibilityFeature?)null)
                    .OfType<AccessibilityFeature>().Distinct().ToList(),
                Languages = (input.Languages ?? []).Select(l => Language(l.Code)).OfType<string>().Distinct().ToList(),
                CreatedAt = context.Now,
                UpdatedAt = context.Now,
            };
            foreach (var phone in input.Phones ?? [])
            {
                if (Phone(phone) is { } built)
                {
                    location.Phones.Add(built);
                }
            }
            foreach (var schedule in input.Schedules ?? [])
            {
                location.Schedules.Add(Schedule(schedule));
            }
            if (key is not null)
            {
                locationsOfFile[key] = location;
            }
            return location;
        }
    }
}
