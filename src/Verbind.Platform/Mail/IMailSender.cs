namespace Verbind.Platform.Mail;

public sealed record MailMessage(string To, string Subject, string TextBody, string? HtmlBody = null);

public interface IMailSender
{
    Task SendAsync(MailMessage message, CancellationToken cancellationToken = default);
}
