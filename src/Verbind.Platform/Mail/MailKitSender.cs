using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Verbind.Platform.Mail;

/// <summary>Sends mail with MailKit over SMTP, or writes it to the pickup folder in development.</summary>
internal sealed class MailKitSender(IOptions<MailOptions> options, ILogger<MailKitSender> logger) : IMailSender
{
    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var mime = Build(message, settings);
        if (settings.Delivery == MailDelivery.Pickup)
        {
            Directory.CreateDirectory(settings.PickupDirectory);
            var path = Path.Combine(settings.PickupDirectory, $"{Guid.CreateVersion7():N}.eml");
            await mime.WriteToAsync(path, cancellationToken);
            logger.LogInformation("Mail {MessageId} written to the pickup folder {Path}", mime.MessageId, path);
            return;
        }
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort,
            settings.SmtpStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
        }
        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        // The address and subject can be personal data: only the message id is logged.
        logger.LogInformation("Mail {MessageId} sent over SMTP", mime.MessageId);
    }

    private static MimeMessage Build(MailMessage message, MailOptions settings)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(settings.FromName, settings.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        if (message.ReplyTo is { Length: > 0 } replyTo)
        {
            mime.ReplyTo.Add(MailboxAddress.Parse(replyTo));
        }
        mime.Subject = message.Subject;
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
