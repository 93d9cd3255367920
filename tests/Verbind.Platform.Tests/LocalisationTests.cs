using System.Net;
using System.Xml.Linq;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Platform.Tests;

public sealed class ResourceCompletenessTests
{
    public static TheoryData<string> NeutralResourceFiles()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        return new(Directory.GetFiles(src, "*.resx", SearchOption.AllDirectories)
            .Where(path => Path.GetFileNameWithoutExtension(path).IndexOf('.', StringComparison.Ordinal) < 0)
            .Select(path => Path.GetRelativePath(src, path)));
    }

    [Theory]
    [MemberData(nameof(NeutralResourceFiles))]
    public void Every_text_exists_in_French_and_English(string neutral)
    {
        var path = Path.Combine(RepositoryRoot(), "src", neutral);
        var keys = Keys(path);
        foreach (var language in new[] { "fr", "en" })
        {
            var translated = Path.ChangeExtension(path, $".{language}.resx");
            Assert.True(File.Exists(translated), $"{translated} is missing");
            var missing = keys.Except(Keys(translated)).ToList();
            Assert.True(missing.Count == 0, $"{Path.GetFileName(translated)} lacks: {string.Join(", ", missing)}");
        }
    }

    private static HashSet<string> Keys(string resx) =>
        XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Verbind.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}

public abstract class LanguageSwitchTests(AppFactory app)
{
    [Theory]
    [InlineData("fr-BE", "fr-BE", "Se connecter")]
    [InlineData("en-GB", "en-GB", "Sign in")]
    [InlineData("nl-NL", "nl-NL", "Inloggen")]
    [InlineData("nl-BE", "nl-BE", "Aanmelden")]
    public async Task The_language_switch_changes_the_pages_language(string culture, string lang, string signIn)
    {
        using var client = app.NewClient();
        using var switched = await client.SubmitFormAsync("/", new Dictionary<string, string> { ["culture"] = culture, ["returnUrl"] = "/" }, "form.language-switch");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var page = await client.GetPageAsync("/");
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(signIn, page.QuerySelector(".account-menu")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_browser_language_is_followed_until_the_user_chooses()
    {
        using var client = app.NewClient();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-BE,fr;q=0.9");
        var page = await client.GetPageAsync("/");
        Assert.Equal("fr-BE", page.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("xx-YY")]
    [InlineData("<script>alert(1)</script>")]
    public async Task An_unknown_language_is_refused_and_changes_nothing(string culture)
    {
        using var client = app.NewClient();
        using var response = await client.SubmitFormAsync("/", new Dictionary<string, string> { ["culture"] = culture }, "form.language-switch");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    public async Task The_return_address_is_never_another_site(string returnUrl)
    {
        using var client = app.NewClient();
        using var response = await client.SubmitFormAsync("/", new Dictionary<string, string> { ["culture"] = "en-GB", ["returnUrl"] = returnUrl }, "form.language-switch");
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_signed_in_users_form_post_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var user = await app.CreateUserAsync(await app.CreateNetworkAsync(), NetworkRole.Viewer);
        using var client = await app.SignInAsync(user);
        using var response = await client.Http.PostAsync("/taal", new FormUrlEncodedContent([new("culture", "en-GB")]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual("en-GB", await app.WithDbAsync(async db => (await db.Users.FindAsync(user.Id))!.PreferredCulture));
    }

    [Fact]
    public async Task An_anonymous_visitors_form_has_no_token_to_keep_public_pages_cacheable_and_still_switches()
    {
        using var client = app.NewClient();
        var page = await client.GetPageAsync("/");
        Assert.Null(page.QuerySelector("form.language-switch input[name=__RequestVerificationToken]"));
        using var response = await client.Http.PostAsync("/taal", new FormUrlEncodedContent([new("culture", "en-GB"), new("returnUrl", "/aanbod")]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("en-GB", (await client.GetPageAsync("/")).DocumentElement.GetAttribute("lang"));
    }
}

public sealed class LanguageSwitchTestsOnSqlite(SqliteApp app) : LanguageSwitchTests(app);

public sealed class LanguageSwitchTestsOnPostgres(PostgresApp app) : LanguageSwitchTests(app);
