using System.Net;
using Verbind.Platform.Tenancy;
using Verbind.Testing;
using static Verbind.Platform.Tests.AccountSteps;

namespace Verbind.Platform.Tests;

public abstract class PasswordResetTests(AppFactory app)
{
    private const string NewPassword = "een nieuw en lang wachtwoord";

    [Fact]
    public async Task A_link_by_mail_sets_a_new_password()
    {
        var network = await app.CreateNetworkAsync();
        var user = await app.CreateUserAsync(network, NetworkRole.Viewer);

        var link = await RequestResetLinkAsync(user.Email);
        Assert.StartsWith("/account/wachtwoord-herstellen?userId=", link, StringComparison.Ordinal);

        using var client = app.NewClient();
        var done = await PageOfAsync(await client.SubmitFormAsync(link, new Dictionary<string, string>
        {
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        }));
        Assert.Equal("Wachtwoord gewijzigd", done.QuerySelector("h1")?.TextContent);

        using var withNew = await app.SignInAsync(user with { Password = NewPassword });
        await withNew.GetPageAsync("/mijn-netwerken");
        Assert.Contains("klopt niet", string.Join(" ", Alerts(await SignInPageAsync(user))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_answer_is_the_same_for_an_unknown_address_and_no_mail_leaves()
    {
        var network = await app.CreateNetworkAsync();
        var user = await app.CreateUserAsync(network, NetworkRole.Viewer);
        var unknown = NewEmail("onbekend");

        using var client = app.NewClient();
        var known = await PageOfAsync(await client.SubmitFormAsync("/account/wachtwoord-vergeten", new Dictionary<string, string> { ["Input.Email"] = user.Email }));
        var notKnown = await PageOfAsync(await client.SubmitFormAsync("/account/wachtwoord-vergeten", new Dictionary<string, string> { ["Input.Email"] = unknown }));

        Assert.Equal(Status(known), Status(notKnown));
        Assert.NotEmpty(Status(known));
        await app.Mail.WaitForMailAsync(user.Email, "wachtwoord");
        await Task.Delay(500, Ct);
        Assert.Empty(app.Mail.MessagesTo(unknown));
    }

    [Fact]
    public async Task A_bad_address_is_refused_with_a_message()
    {
        using var client = app.NewClient();
        var page = await PageOfAsync(await client.SubmitFormAsync("/account/wachtwoord-vergeten", new Dictionary<string, string> { ["Input.Email"] = "<script>alert(1)</script>" }));
        Assert.Contains("geen geldig e-mailadres", page.QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page.Source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forged_foreign_and_used_codes_get_a_clear_page_and_change_nothing()
    {
        var network = await app.CreateNetworkAsync();
        var user = await app.CreateUserAsync(network, NetworkRole.Viewer);
        var other = await app.CreateUserAsync(network, NetworkRole.Viewer);
        var link = await RequestResetLinkAsync(user.Email);
        var code = link[(link.IndexOf("code=", StringComparison.Ordinal) + 5)..];

        using var client = app.NewClient();
        string[] bad =
        [
            $"/account/wachtwoord-herstellen?userId={user.Id}&code=vervalst",
            $"/account/wachtwoord-herstellen?userId={user.Id}&code=%25%25%25",
            $"/account/wachtwoord-herstellen?userId={other.Id}&code={code}",
            $"/account/wachtwoord-herstellen?userId=geen-id&code={code}",
            $"/account/wachtwoord-herstellen?userId={Guid.NewGuid()}&code={code}",
            $"/account/wachtwoord-herstellen?userId={user.Id}&code={new string('A', 5000)}",
            "/account/wachtwoord-herstellen",
        ];
        foreach (var url in bad)
        {
            var page = await client.GetPageAsync(url);
            Assert.Equal("Deze link werkt niet meer", page.QuerySelector("h1")?.TextContent);
            Assert.NotEmpty(Alerts(page));
            Assert.Null(page.QuerySelector("input[type=password]"));
        }

        using (var reset = await client.SubmitFormAsync(link, new Dictionary<string, string> { ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword }))
        {
            Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        }
        var used = await client.GetPageAsync(link);
        Assert.Equal("Deze link werkt niet meer", used.QuerySelector("h1")?.TextContent);

        // The other user's password was not touched.
        using var otherSignIn = await app.SignInAsync(other);
    }

    [Fact]
    public async Task Short_or_different_passwords_are_refused_and_the_link_keeps_working()
    {
        var network = await app.CreateNetworkAsync();
        var user = await app.CreateUserAsync(network, NetworkRole.Viewer);
        var link = await RequestResetLinkAsync(user.Email);

        using var client = app.NewClient();
        var tooShort = await PageOfAsync(await client.SubmitFormAsync(link, new Dictionary<string, string> { ["Input.Password"] = "kort", ["Input.ConfirmPassword"] = "kort" }));
        Assert.Contains("minstens 12 tekens", tooShort.QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);
        var different = await PageOfAsync(await client.SubmitFormAsync(link, new Dictionary<string, string> { ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword + "!" }));
        Assert.Contains("niet gelijk", different.QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);

        using var oldStillWorks = await app.SignInAsync(user);
        var done = await PageOfAsync(await client.SubmitFormAsync(link, new Dictionary<string, string> { ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword }));
        Assert.Equal("Wachtwoord gewijzigd", done.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_and_the_message_says_so()
    {
        var network = await app.CreateNetworkAsync();
        var user = await app.CreateUserAsync(network, NetworkRole.Viewer);
        var wrong = user with { Password = "niet het juiste wachtwoord" };

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            Assert.Equal(["E-mailadres of wachtwoord klopt niet."], Alerts(await SignInPageAsync(wrong)));
        }
        var locked = Alerts(await SignInPageAsync(wrong));
        Assert.Equal(["Te veel mislukte pogingen. Uw account is 15 minuten geblokkeerd."], locked);

        // Locked: even the right password is refused, with the same message and no sign-in cookie.
        using var client = app.NewClient();
        using var right = await client.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("geblokkeerd", string.Join(" ", Alerts(await TestClient.ParseAsync(right))), StringComparison.Ordinal);
        using var stillOut = await client.GetAsync("/mijn-netwerken");
        Assert.StartsWith("/account/login", Location(stillOut), StringComparison.Ordinal);

        // Whoever reads the mailbox can choose a new password and is let in again.
        var link = await RequestResetLinkAsync(user.Email);
        using (await client.SubmitFormAsync(link, new Dictionary<string, string> { ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword }))
        {
        }
        using var unlocked = await app.SignInAsync(user with { Password = NewPassword });
    }

    private async Task<string> RequestResetLinkAsync(string email)
    {
        using var client = app.NewClient();
        var before = app.Mail.MessagesTo(email).Count;
        using (var requested = await client.SubmitFormAsync("/account/wachtwoord-vergeten", new Dictionary<string, string> { ["Input.Email"] = email }))
        {
            Assert.Equal(HttpStatusCode.OK, requested.StatusCode);
        }
        for (var i = 0; i < 150 && app.Mail.MessagesTo(email).Count == before; i++)
        {
            await Task.Delay(100, Ct);
        }
        var mail = app.Mail.MessagesTo(email)[^1];
        Assert.Contains("Nieuw wachtwoord", mail.Subject, StringComparison.Ordinal);
        return LinkIn(mail, "/account/wachtwoord-herstellen");
    }

    private async Task<AngleSharp.Dom.IDocument> SignInPageAsync(TestUser user)
    {
        using var client = app.NewClient();
        return await PageOfAsync(await client.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password }));
    }
}

public sealed class PasswordResetTestsOnSqlite(SqliteApp app) : PasswordResetTests(app);

public sealed class PasswordResetTestsOnPostgres(PostgresApp app) : PasswordResetTests(app);
