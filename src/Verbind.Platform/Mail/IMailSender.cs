namespace Verbind.Platform.Mail;

/// <summary>A mail to send; <paramref name="ReplyTo"/> lets the recipient answer someone else than the platform (a parent asking a service).</summary>
public sealed record MailMessage(string To, string Subject, string TextBody, string? HtmlBody = null, string? ReplyTo = null);

public interface IMailSender
{
    Task SendAsync(MailMessage message, CancellationToken cancellationToken = default);
}
