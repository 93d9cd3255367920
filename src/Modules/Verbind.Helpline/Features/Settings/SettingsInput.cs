using System.Globalization;
using Verbind.Helpline.Domain;
using Verbind.Helpline.Features.Common;

namespace Verbind.Helpline.Features.Settings;

/// <summary>
/// The settings form of a helpline as posted: numbers arrive as text and are checked here, so a wrong
/// type gets the same clear message as a wrong value. Nothing is applied unless everything is valid.
/// </summary>
public sealed class SettingsInput
{
    public string? Name { get; set; }
    public string? RetentionDays { get; set; }
    public bool StoreHashedIp { get; set; }
    public bool SurveyEnabled { get; set; }
    public string? ReferralUrl { get; set; }
    public string? MaxQueueLength { get; set; }
    public string? ConfidentialityStatement { get; set; }

    public static SettingsInput From(NetworkHelpline helpline) => new()
    {
        Name = helpline.Name,
        RetentionDays = helpline.RetentionDays.ToString(CultureInfo.InvariantCulture),
        StoreHashedIp = helpline.StoreHashedIp,
        SurveyEnabled = helpline.SurveyEnabled,
        ReferralUrl = helpline.ReferralUrl,
        MaxQueueLength = helpline.MaxQueueLength.ToString(CultureInfo.InvariantCulture),
        ConfidentialityStatement = helpline.ConfidentialityStatement,
    };

    /// <summary>Applies the input to <paramref name="helpline"/> when valid; otherwise returns the keys of the texts that say what is wrong, and changes nothing.</summary>
    public IReadOnlyList<string> ApplyTo(NetworkHelpline helpline)
    {
        var errors = new List<string>();
        var name = TextInput.Clean(Name, NetworkHelpline.MaxNameLength, out _);
        if (name is null)
        {
            errors.Add("Settings.NameInvalid");
        }
        if (!TryNumber(RetentionDays, 0, NetworkHelpline.MaxRetentionDays, out var retention))
        {
            errors.Add("Settings.RetentionInvalid");
        }
        if (!TryNumber(MaxQueueLength, 1, NetworkHelpline.MaxQueueLimit, out var queue))
        {
            errors.Add("Settings.QueueInvalid");
        }
        var referral = string.IsNullOrWhiteSpace(ReferralUrl) ? null : ReferralUrl.Trim();
        if (referral is not null && (referral.Length > 500 || !Uri.TryCreate(referral, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            errors.Add("Settings.ReferralInvalid");
        }
        string? statement = null;
        if (!string.IsNullOrWhiteSpace(ConfidentialityStatement)
            && (statement = TextInput.Clean(ConfidentialityStatement, NetworkHelpline.MaxStatementLength, out _)) is null)
        {
            errors.Add("Settings.StatementInvalid");
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        helpline.Name = name!;
        helpline.RetentionDays = retention;
        helpline.MaxQueueLength = queue;
        helpline.StoreHashedIp = StoreHashedIp;
        helpline.SurveyEnabled = SurveyEnabled;
        helpline.ReferralUrl = referral;
        helpline.ConfidentialityStatement = statement;
        return errors;
    }

    private static bool TryNumber(string? text, int min, int max, out int value) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
}
