using System.Globalization;
using Verbind.Agreements.Data;
using Verbind.Agreements.Domain;
using Verbind.Agreements.Features.Common;

namespace Verbind.Agreements.Features.Campaigns;

/// <summary>The campaign form as posted: title, address, intro and the agreements that count.</summary>
public sealed class CampaignInput
{
    public const int MaxAgreements = 500;

    public string? Title { get; set; }
    public string? Slug { get; set; }
    public string? Intro { get; set; }
    /// <summary>Form binding sets null when no box is ticked.</summary>
    public List<string> Agreements { get; set => field = value ?? []; } = [];

    public static CampaignInput From(Campaign campaign) => new()
    {
        Title = campaign.Title,
        Slug = campaign.Slug,
        Intro = campaign.Intro,
        Agreements = campaign.Agreements.Select(a => a.AgreementId.ToString()).ToList(),
    };

    public sealed record Values(string Title, string Slug, string Intro, IReadOnlySet<Guid> Agreements);

    /// <summary>The checked values; the agreements are only read as ids here (the editor checks they are the network's).</summary>
    public Values? Validate(FieldErrors errors)
    {
        var title = Check.Text(errors, nameof(Title), Title, 200, required: true);
        var slug = Slugs.Check(errors, nameof(Slug), Slug, title);
        var intro = Check.Text(errors, nameof(Intro), Intro, TextLimits.Section) ?? "";
        var agreements = new HashSet<Guid>();
        foreach (var text in Agreements.Take(MaxAgreements + 1))
        {
            if (!Guid.TryParse(text, out var id) || agreements.Count >= MaxAgreements)
            {
                errors.Add(nameof(Agreements), "Error.UnknownChoice");
                break;
            }
            agreements.Add(id);
        }
        return errors.Count > 0 || title is null || slug is null ? null : new Values(title, slug, intro, agreements);
    }
}

/// <summary>A municipality's page in a campaign as posted: its name there, address, contact, local information, place on the map.</summary>
public sealed class MunicipalityInput
{
    public string? Name { get; set; }
    public string? Slug { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? LocalInformation { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }

    public static MunicipalityInput From(CampaignMunicipality municipality) => new()
    {
        Name = municipality.Name,
        Slug = municipality.Slug,
        ContactName = municipality.ContactName,
        ContactEmail = municipality.ContactEmail,
        LocalInformation = municipality.LocalInformation,
        Latitude = municipality.Latitude?.ToString("0.######", CultureInfo.InvariantCulture),
        Longitude = municipality.Longitude?.ToString("0.######", CultureInfo.InvariantCulture),
    };

    public sealed record Values(string Name, string Slug, string? ContactName, string? ContactEmail, string LocalInformation, decimal? Latitude, decimal? Longitude);

    public Values? Validate(FieldErrors errors)
    {
        var name = Check.Text(errors, nameof(Name), Name, 200, required: true);
        var slug = Slugs.Check(errors, nameof(Slug), Slug, name);
        var contactName = Check.Text(errors, nameof(ContactName), ContactName, 200);
        var contactEmail = Check.Email(errors, nameof(ContactEmail), ContactEmail, lowerCase: true);
        var information = Check.Text(errors, nameof(LocalInformation), LocalInformation, TextLimits.Section) ?? "";
        var latitude = Coordinate(errors, nameof(Latitude), Latitude, 90);
        var longitude = Coordinate(errors, nameof(Longitude), Longitude, 180);
        if (latitude.HasValue != longitude.HasValue && !errors.Any(e => e.Field is nameof(Latitude) or nameof(Longitude)))
        {
            errors.Add(nameof(Latitude), "Error.CoordinatesBoth");
        }
        return errors.Count > 0 || name is null || slug is null
            ? null
            : new Values(name, slug, contactName, contactEmail, information, latitude, longitude);
    }

    /// <summary>Decimal degrees with a point or a comma ("51.0259", "4,4777"), rounded to six decimals (about 10 cm).</summary>
    private static decimal? Coordinate(FieldErrors errors, string field, string? value, int limit)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value.Trim().Replace(',', '.');
        if (text.Length > 20
            || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var degrees)
            || Math.Abs(degrees) > limit)
        {
            errors.Add(field, "Error.CoordinateInvalid", limit);
            return null;
        }
        return decimal.Round(degrees, 6);
    }
}
