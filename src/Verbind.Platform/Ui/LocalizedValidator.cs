using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using Verbind.Platform.Localisation;

namespace Verbind.Platform.Ui;

/// <summary>
/// Validates a form's model with its data annotations, reading each ErrorMessage as a key in the
/// shared texts, so validation messages appear in the user's language. Use instead of DataAnnotationsValidator.
/// </summary>
public sealed class LocalizedValidator : ComponentBase, IDisposable
{
    private ValidationMessageStore? _messages;
    private EditContext? _subscribed;

    [CascadingParameter] private EditContext? EditContext { get; set; }
    [Inject] private IStringLocalizer<SharedText> L { get; set; } = default!;
    [Inject] private IServiceProvider Services { get; set; } = default!;

    protected override void OnParametersSet()
    {
        if (EditContext is null || ReferenceEquals(EditContext, _subscribed))
        {
            return;
        }
        Dispose();
        _subscribed = EditContext;
        _messages = new ValidationMessageStore(EditContext);
        EditContext.OnValidationRequested += ValidateAll;
        EditContext.OnFieldChanged += ValidateField;
    }

    private void ValidateAll(object? sender, ValidationRequestedEventArgs e)
    {
        _messages!.Clear();
        var model = EditContext!.Model;
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(model, new ValidationContext(model, Services, null), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
            {
                _messages.Add(EditContext.Field(member), Translate(result.ErrorMessage));
            }
        }
        EditContext.NotifyValidationStateChanged();
    }

    private void ValidateField(object? sender, FieldChangedEventArgs e)
    {
        var field = e.FieldIdentifier;
        var property = field.Model.GetType().GetProperty(field.FieldName);
        if (property is null)
        {
            return;
        }
        var results = new List<ValidationResult>();
        var context = new ValidationContext(field.Model, Services, null) { MemberName = field.FieldName };
        Validator.TryValidateProperty(property.GetValue(field.Model), context, results);
        _messages!.Clear(field);
        _messages.Add(field, results.Select(r => Translate(r.ErrorMessage)));
        EditContext!.NotifyValidationStateChanged();
    }

    private string Translate(string? key) => key is null ? L["InvalidValue"] : L[key];

    public void Dispose()
    {
        if (_subscribed is not null)
        {
            _subscribed.OnValidationRequested -= ValidateAll;
            _subscribed.OnFieldChanged -= ValidateField;
            _subscribed = null;
        }
    }
}
