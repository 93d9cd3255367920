using Microsoft.Playwright;
using Verbind.EndToEnd.Tests.Infrastructure;
using Verbind.Platform.Tenancy;
using Verbind.Testing;
using static Microsoft.Playwright.Assertions;

namespace Verbind.EndToEnd.Tests;

public sealed class SignInTests(BrowserApp app, Chromium chromium, SignedInSessions sessions) : BrowserTest(app, chromium, sessions)
{
    [Fact]
    public async Task A_partner_member_signs_in_with_a_password_and_sees_their_network()
    {
        var network = await App.CreateNetworkAsync();
        var member = await App.CreateUserAsync(network, NetworkRole.PartnerMember);
        var tab = await OpenTabAsync();

        await SignInAsync(tab, member);

        Assert.Equal(Text.Get("MyNetworks"), await tab.Locator("h1").InnerTextAsync());
        await Expect(tab.Locator("main").GetByRole(AriaRole.Link, new() { Name = network.Name })).ToBeVisibleAsync();
        await Expect(tab.Locator("main")).ToContainTextAsync(Text.Get("Role.PartnerMember"));
    }

    [Fact]
    public async Task A_coordinator_signs_in_with_an_authenticator_code()
    {
        var network = await App.CreateNetworkAsync();
        var coordinator = await App.CreateUserAsync(network, NetworkRole.Coordinator);
        var tab = await OpenTabAsync();

        await SignInAsync(tab, coordinator);

        await Expect(tab.Locator("main").GetByRole(AriaRole.Link, new() { Name = network.Name })).ToBeVisibleAsync();
        await Expect(tab.Locator("main")).ToContainTextAsync(Text.Get("Role.Coordinator"));
    }

    [Fact]
    public async Task A_wrong_password_is_announced_and_nobody_is_signed_in()
    {
        var network = await App.CreateNetworkAsync();
        var member = await App.CreateUserAsync(network, NetworkRole.PartnerMember);
        var tab = await OpenTabAsync();
        await tab.GoToAsync("/account/login");

        await tab.GetByLabel(Text.Email).FillAsync(member.Email);
        await tab.GetByLabel(Text.Password).FillAsync("not-the-password-<script>alert(1)</script>");
        await tab.FollowAsync(() => tab.Locator("main").GetByRole(AriaRole.Button, new() { Name = Text.SignIn, Exact = true }).ClickAsync(), "/account/login");

        await Expect(tab.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(Text.Get("SignInFailed"));
        await tab.GoToAsync("/mijn-netwerken");
        Assert.Contains("/account/login", tab.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_authenticator_code_is_announced()
    {
        var network = await App.CreateNetworkAsync();
        var coordinator = await App.CreateUserAsync(network, NetworkRole.Coordinator);
        var tab = await OpenTabAsync();
        await tab.GoToAsync("/account/login");
        await tab.GetByLabel(Text.Email).FillAsync(coordinator.Email);
        await tab.GetByLabel(Text.Password).FillAsync(coordinator.Password);
        await tab.FollowAsync(() => tab.Locator("main").GetByRole(AriaRole.Button, new() { Name = Text.SignIn, Exact = true }).ClickAsync(), "/account/login-tweestaps");

        await tab.GetByLabel(Text.AuthenticatorCode).FillAsync("000000");
        await tab.FollowAsync(() => tab.Locator("main").GetByRole(AriaRole.Button, new() { Name = Text.SignIn, Exact = true }).ClickAsync(), "/account/login-tweestaps");

        await Expect(tab.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(Text.Get("TwoFactorCodeWrong"));
    }

    [Fact]
    public async Task Signing_out_returns_home_signed_out()
    {
        var network = await App.CreateNetworkAsync();
        var member = await App.CreateUserAsync(network, NetworkRole.PartnerMember);
        var tab = await OpenTabAsync();
        await SignInAsync(tab, member);

        await tab.FollowAsync(() => tab.GetByRole(AriaRole.Button, Text.SignOut).ClickAsync(), "/$");

        await Expect(tab.Locator("main").GetByRole(AriaRole.Link, new() { Name = Text.SignIn, Exact = true })).ToBeVisibleAsync();
    }
}
