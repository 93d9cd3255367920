using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Data;
using Verbind.Partners.Domain;
using Verbind.Partners.Features.Common;
using Verbind.Platform.Data;

namespace Verbind.Partners.Features.SavePerson;

/// <summary>
/// Adds, changes and removes people of the current network. The organisation and place must be this
/// network's; a partner member works only within their own organisations.
/// </summary>
public sealed class SavePerson(AppDbContext db, PartnersAccess access, TimeProvider clock)
{
    public async Task<PersonOutcome> SaveAsync(Guid? id, PersonInput input, CancellationToken cancellationToken)
    {
        Person? person = null;
        if (id is { } existingId)
        {
            person = await db.People.FirstOrDefaultAsync(p => p.Id == existingId, cancellationToken);
            if (person is null)
            {
                return PersonOutcome.NotFound;
            }
            if (!await access.CanEditOrganisationAsync(person.OrganisationId, cancellationToken))
            {
                return PersonOutcome.Forbidden;
            }
        }
        var errors = new FieldErrors();
        var values = input.Validate(errors);
        if (values is null)
        {
            return new PersonOutcome(null, errors);
        }
        var editable = await access.EditableOrganisationsAsync(cancellationToken);
        if ((editable is not null && !editable.Contains(values.OrganisationId))
            || !await db.Organisations.AnyAsync(o => o.Id == values.OrganisationId, cancellationToken))
        {
            errors.Add(nameof(PersonInput.OrganisationId), "Error.UnknownChoice");
        }
        if (values.PlaceId is { } placeId && !await db.Places.AnyAsync(p => p.Id == placeId, cancellationToken))
        {
            errors.Add(nameof(PersonInput.PlaceId), "Error.UnknownChoice");
        }
        if (errors.Count > 0)
        {
            return new PersonOutcome(null, errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (person is null)
        {
            person = new Person { FullName = values.FullName, CreatedAt = now };
            db.People.Add(person);
        }
        person.FullName = values.FullName;
        person.OrganisationId = values.OrganisationId;
        person.Function = values.Function;
        person.Expertise = values.Expertise;
        if (person.Email != values.Email?.ToLowerInvariant())
        {
            // A new address belongs to whoever confirms it next; the old link no longer holds.
            person.UserId = null;
        }
        person.Email = values.Email;
        person.Phone = values.Phone;
        person.IsRepresentative = values.IsRepresentative;
        person.PlaceId = values.PlaceId;
        person.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return new PersonOutcome(person.Id, errors);
    }

    public async Task<PersonOutcome> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return PersonOutcome.NotFound;
        }
        if (!await access.CanEditOrganisationAsync(person.OrganisationId, cancellationToken))
        {
            return PersonOutcome.Forbidden;
        }
        db.People.Remove(person);
        await db.SaveChangesAsync(cancellationToken);
        return new PersonOutcome(id, []);
    }
}

public sealed record PersonOutcome(Guid? Id, FieldErrors Errors, bool IsNotFound = false, bool IsForbidden = false)
{
    public bool Succeeded => Id is not null && Errors.Count == 0;

    public static PersonOutcome NotFound => new(null, [], IsNotFound: true);

    public static PersonOutcome Forbidden => new(null, [], IsForbidden: true);
}
