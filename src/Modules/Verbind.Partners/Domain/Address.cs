namespace Verbind.Partners.Domain;

/// <summary>A postal address in Belgium or the Netherlands.</summary>
public sealed class Address
{
    public string? Street { get; set; }
    public string? Postcode { get; set; }
    public string? Municipality { get; set; }
    public string CountryCode { get; set; } = "BE";

    public override string ToString() =>
        string.Join(", ", new[] { Street, string.Join(' ', new[] { Postcode, Municipality }.Where(s => !string.IsNullOrWhiteSpace(s))) }
            .Where(s => !string.IsNullOrWhiteSpace(s)));
}
