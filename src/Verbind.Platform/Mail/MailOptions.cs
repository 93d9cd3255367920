using System.ComponentModel.DataAnnotations;

namespace Verbind.Platform.Mail;

/// <summary>Bound to "Mail". Development writes .eml files to a pickup folder; production sends over SMTP.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public MailDelivery Delivery { get; set; } = MailDelivery.Pickup;

    public string PickupDirectory { get; set; } = "data/mail";

    [Required, EmailAddress]
    public string From { get; set; } = "noreply@verbind.local";

    public string FromName { get; set; } = "Verbind";

    public string SmtpHost { get; set; } = "localhost";

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 25;

    public bool SmtpStartTls { get; set; }

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }
}

public enum MailDelivery
{
    Pickup,
    Smtp,
}
