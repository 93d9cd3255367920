namespace Verbind.Agreements.Features.Common;

/// <summary>A problem with one field of a form: the field's name and a text key in AgreementsText.</summary>
public sealed record FieldError(string Field, string Key, params object[] Arguments);

/// <summary>The problems found in one input; empty when the input is good.</summary>
public sealed class FieldErrors : List<FieldError>
{
    public void Add(string field, string key, params object[] arguments) => Add(new FieldError(field, key, arguments));
}
