using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.ServiceDirectory.Domain;

/// <summary>A phone number of a service or location (HSDS <c>phone</c>).</summary>
public sealed class ServicePhone : Entity, INetworkOwned
{
    public Guid NetworkId { get; set; }
    public Guid? ServiceId { get; set; }
    public Guid? LocationId { get; set; }
    public required string Number { get; set; }
    public string? Extension { get; set; }
    public string? Type { get; set; }
    public string? Description { get; set; }
}

/// <summary>Someone to ask about a service (HSDS <c>contact</c>); questions from the public page go to the first one with an e-mail.</summary>
public sealed class ServiceContact : Entity, INetworkOwned
{
    public Guid NetworkId { get; set; }
    public Guid ServiceId { get; set; }
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Department { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}

/// <summary>What a service costs (HSDS <c>cost_option</c>); money in euro as a decimal.</summary>
public sealed class CostOption : Entity, INetworkOwned
{
    public Guid NetworkId { get; set; }
    public Guid ServiceId { get; set; }
    public string? Option { get; set; }
    public decimal? Amount { get; set; }
    public string Currency { get; set; } = "EUR";
    public string? AmountDescription { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
}

/// <summary>A document a parent must bring (HSDS <c>required_document</c>).</summary>
public sealed class RequiredDocument : Entity, INetworkOwned
{
    public Guid NetworkId { get; set; }
    public Guid ServiceId { get; set; }
    public required string Document { get; set; }
    public string? Uri { get; set; }
}

/// <summary>The area a service serves (HSDS <c>service_area</c>): named, and as the postcodes it covers.</summary>
public sealed class ServiceArea : Entity, INetworkOwned
{
    public Guid NetworkId { get; set; }
    public Guid ServiceId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public List<string> Postcodes { get; set; } = [];
}

/// <summary>How many places are free (HSDS <c>service_capacity</c>).</summary>
public sealed class ServiceCapacity : Entity, INetworkOwned
{
    public Guid NetworkId { get; set; }
    public Guid ServiceId { get; set; }
    public required string Unit { get; set; }
    public decimal Available { get; set; }
    public decimal? Maximum { get; set; }
    public string? Description { get; set; }
    public DateTime Updated { get; set; }
}

/// <summary>A service classified with a taxonomy term (HSDS <c>attribute</c> linking to a taxonomy_term).</summary>
public sealed class ServiceTerm : INetworkOwned
{
    public Guid NetworkId { get; set; }
    public Guid ServiceId { get; set; }
    public Guid TermId { get; set; }
    public TaxonomyTerm? Term { get; set; }
}
