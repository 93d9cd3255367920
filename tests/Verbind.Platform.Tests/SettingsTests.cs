using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Features.Settings;
using Verbind.Platform.Tenancy;
using Verbind.Testing;
using static Verbind.Platform.Tests.AccountSteps;

namespace Verbind.Platform.Tests;

public abstract class SettingsTests(AppFactory app)
{
    [Fact]
    public async Task A_coordinator_saves_name_description_colours_and_logo()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var url = $"/netwerk/{network.Slug}/instellingen";
        using (var response = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Name"] = "Huis van het Kind Eikenrode",
            ["Input.Description"] = "Een verzonnen netwerk.",
            ["Input.PrimaryColor"] = "#0B3D2E",
            ["Input.AccentColor"] = "#6a1b4d",
            ["Input.LogoUrl"] = "https://logo.voorbeeld.test/eikenrode.svg",
        }))
        {
            Assert.Equal($"{url}?bewaard=1", Location(response));
        }
        var page = await coordinator.GetPageAsync($"{url}?bewaard=1");
        Assert.Contains("bewaard", Status(page), StringComparison.Ordinal);
        Assert.Equal("Huis van het Kind Eikenrode", page.QuerySelector(".site-header__brand span")?.TextContent);
        Assert.Equal("https://logo.voorbeeld.test/eikenrode.svg", page.QuerySelector(".site-header__logo")?.GetAttribute("src"));

        var saved = await app.WithDbAsync(db => db.Networks.SingleAsync(n => n.Id == network.Id, Ct));
        Assert.Equal(("Huis van het Kind Eikenrode", "#0b3d2e", "#6a1b4d", "https://logo.voorbeeld.test/eikenrode.svg"),
            (saved.Name, saved.Theme.PrimaryColor, saved.Theme.AccentColor, saved.Theme.LogoUrl));
        using var css = await coordinator.GetAsync($"/thema/{network.Slug}.css");
        Assert.Contains("--verbind-primary: #0b3d2e", await css.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // An empty logo address removes the logo.
        using (await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["Input.LogoUrl"] = "" }))
        {
        }
        Assert.Null(await app.WithDbAsync(db => db.Networks.Where(n => n.Id == network.Id).Select(n => n.Theme.LogoUrl).SingleAsync(Ct)));
    }

    [Theory]
    [InlineData("Input.PrimaryColor", "#ffff00", "niet goed leesbaar")]
    [InlineData("Input.AccentColor", "#9e9e9e", "niet goed leesbaar")]
    [InlineData("Input.PrimaryColor", "red", "zes hexadecimale")]
    [InlineData("Input.PrimaryColor", "#12345", "zes hexadecimale")]
    [InlineData("Input.PrimaryColor", "#1a4d7a;} body{display:none", "zes hexadecimale")]
    [InlineData("Input.LogoUrl", "http://logo.voorbeeld.test/a.png", "https://")]
    [InlineData("Input.LogoUrl", "javascript:alert(1)", "https://")]
    [InlineData("Input.LogoUrl", "//logo.voorbeeld.test/a.png", "https://")]
    [InlineData("Input.Name", "", "naam van het netwerk")]
    public async Task Wrong_values_are_refused_with_a_message_and_change_nothing(string field, string value, string message)
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var page = await PageOfAsync(await coordinator.SubmitFormAsync($"/netwerk/{network.Slug}/instellingen", new Dictionary<string, string> { [field] = value }));
        Assert.Contains(message, page.QuerySelector(".validation-summary[role=alert]")?.TextContent, StringComparison.Ordinal);

        var unchanged = await app.WithDbAsync(db => db.Networks.SingleAsync(n => n.Id == network.Id, Ct));
        Assert.Equal((network.Name, "#1a4d7a", "#7a3b1a", (string?)null), (unchanged.Name, unchanged.Theme.PrimaryColor, unchanged.Theme.AccentColor, unchanged.Theme.LogoUrl));
    }

    [Theory]
    [InlineData("#000000", true)]
    [InlineData("#1a4d7a", true)]
    [InlineData("#767676", true)]
    [InlineData("#777777", false)]
    [InlineData("#ffffff", false)]
    public void White_text_needs_a_contrast_of_four_and_a_half(string colour, bool readable) =>
        Assert.Equal(readable, new ReadableWithWhiteTextAttribute().IsValid(colour));
}

public sealed class SettingsTestsOnSqlite(SqliteApp app) : SettingsTests(app);

public sealed class SettingsTestsOnPostgres(PostgresApp app) : SettingsTests(app);
