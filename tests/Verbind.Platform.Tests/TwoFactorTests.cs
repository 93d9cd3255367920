using System.Net;
using System.Security.Claims;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Identity;
using Verbind.Platform.Tenancy;
using Verbind.Testing;
using static Verbind.Platform.Tests.AccountSteps;

namespace Verbind.Platform.Tests;

public abstract class TwoFactorTests(AppFactory app)
{
    private const string SetupPath = "/account/tweestapsverificatie";

    [Fact]
    public async Task A_coordinator_without_a_second_factor_sets_one_up_and_then_gets_in()
    {
        var network = await app.CreateNetworkAsync();
        var user = await app.UserWithoutTwoFactorAsync(network, NetworkRole.Coordinator);
        using var client = await app.SignInAsync(user);

        using var blocked = await client.GetAsync("/mijn-netwerken");
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.Equal(SetupPath, Location(blocked));

        var setup = await client.GetPageAsync(SetupPath);
        Assert.StartsWith("data:image/png;base64,", setup.QuerySelector("img.qr-code")?.GetAttribute("src"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(setup.QuerySelector("img.qr-code")?.GetAttribute("alt")));
        var key = KeyOn(setup);

        var wrong = await PageOfAsync(await client.SubmitFormAsync(SetupPath, new Dictionary<string, string> { ["Input.Code"] = WrongCode(key) }));
        Assert.Contains("Deze code klopt niet", string.Join(" ", Alerts(wrong)), StringComparison.Ordinal);
        Assert.False(await TwoFactorEnabledAsync(user));

        var done = await PageOfAsync(await client.SubmitFormAsync(SetupPath, new Dictionary<string, string> { ["Input.Code"] = TestClient.CurrentCode(key) }));
        Assert.Equal(10, done.QuerySelectorAll("ul.recovery-codes li").Length);
        Assert.True(await TwoFactorEnabledAsync(user));

        // Signed in again with the second factor: the pages open.
        await client.GetPageAsync("/mijn-netwerken");
        await client.GetPageAsync($"/netwerk/{network.Slug}/leden");

        // The codes are shown once: the set-up page now only says two-factor is on.
        var after = await client.GetPageAsync(SetupPath);
        Assert.Empty(after.QuerySelectorAll("ul.recovery-codes li"));
        Assert.Null(after.QuerySelector("#twofactor-key"));
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var network = await app.CreateNetworkAsync();
        var user = await app.UserWithoutTwoFactorAsync(network, NetworkRole.PartnerMember);
        string[] codes;
        using (var client = await app.SignInAsync(user))
        {
            (_, codes) = await EnableTwoFactorAsync(client);
        }

        using var first = app.NewClient();
        var recoveryPage = await PasswordStepAsync(first, user);
        using (var signedIn = await first.SubmitFormAsync(recoveryPage, new Dictionary<string, string> { ["Input.Code"] = codes[0] }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.Equal("/mijn-netwerken", Location(signedIn));
        }
        await first.GetPageAsync("/mijn-netwerken");

        using var again = app.NewClient();
        recoveryPage = await PasswordStepAsync(again, user);
        var refused = await PageOfAsync(await again.SubmitFormAsync(recoveryPage, new Dictionary<string, string> { ["Input.Code"] = codes[0] }));
        Assert.Contains("al gebruikt", string.Join(" ", Alerts(refused)), StringComparison.Ordinal);
        using (var stillOut = await again.GetAsync("/mijn-netwerken"))
        {
            Assert.StartsWith("/account/login", Location(stillOut), StringComparison.Ordinal);
        }

        // Typed in lower case with spaces around, another code still works.
        using var third = app.NewClient();
        recoveryPage = await PasswordStepAsync(third, user);
        using var lower = await third.SubmitFormAsync(recoveryPage, new Dictionary<string, string> { ["Input.Code"] = $"  {codes[1].ToLowerInvariant()} " });
        Assert.Equal(HttpStatusCode.Redirect, lower.StatusCode);
    }

    [Fact]
    public async Task The_recovery_code_page_needs_the_password_step_first()
    {
        using var client = app.NewClient();
        using var response = await client.GetAsync("/account/login-herstelcode");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", Location(response));
    }

    [Fact]
    public async Task A_coordinator_cannot_turn_two_factor_off()
    {
        var network = await app.CreateNetworkAsync();
        var coordinator = await app.CreateUserAsync(network, NetworkRole.Coordinator);
        using var client = await app.SignInAsync(coordinator);

        var page = await client.GetPageAsync(SetupPath);
        Assert.False(HasFormNamed(page, "twofactor-disable"));
        Assert.Contains("kan niet worden uitgeschakeld", page.Body!.TextContent, StringComparison.Ordinal);

        // A hand-made post to the missing form changes nothing.
        using var forged = await client.SubmitAsync(FormNamed(page, "twofactor-recovery-codes"), new Dictionary<string, string> { ["_handler"] = "twofactor-disable" }, SetupPath);
        Assert.NotEqual(HttpStatusCode.InternalServerError, forged.StatusCode);
        Assert.True(await TwoFactorEnabledAsync(coordinator));
    }

    [Fact]
    public async Task Anyone_may_turn_two_factor_on_and_a_viewer_may_turn_it_off()
    {
        var network = await app.CreateNetworkAsync();
        var viewer = await app.CreateUserAsync(network, NetworkRole.Viewer);
        using var client = await app.SignInAsync(viewer);

        // Not required for viewers: the pages open without it.
        await client.GetPageAsync("/mijn-netwerken");
        await EnableTwoFactorAsync(client);
        Assert.True(await TwoFactorEnabledAsync(viewer));

        var page = await client.GetPageAsync(SetupPath);
        Assert.Equal("U hebt nog 10 herstelcodes.", Squash(page.QuerySelectorAll("p").Select(p => p.TextContent).Single(t => t.Contains("herstelcodes", StringComparison.Ordinal))));
        var off = await PageOfAsync(await client.SubmitAsync(FormNamed(page, "twofactor-disable"), new Dictionary<string, string>(), SetupPath));
        Assert.Contains("staat uit", Status(off), StringComparison.Ordinal);
        Assert.False(await TwoFactorEnabledAsync(viewer));
    }

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones()
    {
        var network = await app.CreateNetworkAsync();
        var user = await app.UserWithoutTwoFactorAsync(network, NetworkRole.Viewer);
        using var client = await app.SignInAsync(user);
        var (_, oldCodes) = await EnableTwoFactorAsync(client);

        var page = await PageOfAsync(await client.SubmitNamedAsync(SetupPath, "twofactor-recovery-codes"));
        var newCodes = page.QuerySelectorAll("ul.recovery-codes code").Select(c => c.TextContent).ToArray();
        Assert.Equal(10, newCodes.Length);
        Assert.Empty(newCodes.Intersect(oldCodes));

        using var other = app.NewClient();
        var recoveryPage = await PasswordStepAsync(other, user);
        var refused = await PageOfAsync(await other.SubmitFormAsync(recoveryPage, new Dictionary<string, string> { ["Input.Code"] = oldCodes[0] }));
        Assert.NotEmpty(Alerts(refused));
    }

    [Fact]
    public async Task Resetting_the_authenticator_asks_for_a_new_set_up()
    {
        var network = await app.CreateNetworkAsync();
        var coordinator = await app.CreateUserAsync(network, NetworkRole.Coordinator);
        using var client = await app.SignInAsync(coordinator);

        using var reset = await client.SubmitNamedAsync(SetupPath, "twofactor-reset");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(SetupPath, Location(reset));
        Assert.False(await TwoFactorEnabledAsync(coordinator));

        using var blocked = await client.GetAsync($"/netwerk/{network.Slug}/leden");
        Assert.Equal(SetupPath, Location(blocked));

        var setup = await client.GetPageAsync(SetupPath);
        var newKey = KeyOn(setup);
        Assert.NotEqual(coordinator.AuthenticatorKey, newKey);
        using var done = await client.SubmitFormAsync(SetupPath, new Dictionary<string, string> { ["Input.Code"] = TestClient.CurrentCode(newKey) });
        await client.GetPageAsync($"/netwerk/{network.Slug}/leden");

        // The next sign-in asks for a code from the new key.
        using var next = await app.SignInAsync(coordinator with { AuthenticatorKey = newKey });
        await next.GetPageAsync($"/netwerk/{network.Slug}/leden");
    }

    [Fact]
    public void The_second_factor_survives_the_periodic_refresh_of_the_sign_in_cookie()
    {
        var current = new ClaimsPrincipal(new ClaimsIdentity([new Claim(VerbindClaims.AuthenticationMethod, VerbindClaims.MultiFactor)], "Identity.Application"));
        var refreshed = new ClaimsPrincipal(new ClaimsIdentity([new Claim(VerbindClaims.RequiresTwoFactor, "true")], "Identity.Application"));
        var context = new SecurityStampRefreshingPrincipalContext { CurrentPrincipal = current, NewPrincipal = refreshed };

        SecondFactorClaim.KeepOnRefresh(context);

        Assert.False(context.NewPrincipal!.MissesRequiredTwoFactor());

        var withoutSecondFactor = new SecurityStampRefreshingPrincipalContext
        {
            CurrentPrincipal = new ClaimsPrincipal(new ClaimsIdentity("Identity.Application")),
            NewPrincipal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(VerbindClaims.RequiresTwoFactor, "true")], "Identity.Application")),
        };
        SecondFactorClaim.KeepOnRefresh(withoutSecondFactor);
        Assert.True(withoutSecondFactor.NewPrincipal!.MissesRequiredTwoFactor());
    }

    /// <summary>Sets up an authenticator on the signed-in client's account; returns its key and recovery codes.</summary>
    private static async Task<(string Key, string[] Codes)> EnableTwoFactorAsync(TestClient client)
    {
        var key = KeyOn(await client.GetPageAsync(SetupPath));
        var done = await PageOfAsync(await client.SubmitFormAsync(SetupPath, new Dictionary<string, string> { ["Input.Code"] = TestClient.CurrentCode(key) }));
        var codes = done.QuerySelectorAll("ul.recovery-codes code").Select(c => c.TextContent).ToArray();
        Assert.Equal(10, codes.Length);
        return (key, codes);
    }

    /// <summary>Signs in with the password and goes to the recovery code page; returns its address.</summary>
    private static async Task<string> PasswordStepAsync(TestClient client, TestUser user)
    {
        using var login = await client.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password });
        Assert.StartsWith("/account/login-tweestaps", Location(login), StringComparison.Ordinal);
        var twoFactorPage = await client.GetPageAsync(Location(login));
        var link = twoFactorPage.QuerySelectorAll("a").Select(a => a.GetAttribute("href") ?? "").Single(h => h.StartsWith("/account/login-herstelcode", StringComparison.Ordinal));
        return link;
    }

    private static string KeyOn(IDocument page) =>
        (page.QuerySelector("#twofactor-key")?.TextContent ?? throw new InvalidOperationException("No key on the page."))
        .Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    private static string WrongCode(string key)
    {
        var right = int.Parse(TestClient.CurrentCode(key), System.Globalization.CultureInfo.InvariantCulture);
        return ((right + 500_000) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<bool> TwoFactorEnabledAsync(TestUser user) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.TwoFactorEnabled).SingleAsync(Ct));
}

public sealed class TwoFactorTestsOnSqlite(SqliteApp app) : TwoFactorTests(app);

public sealed class TwoFactorTestsOnPostgres(PostgresApp app) : TwoFactorTests(app);
