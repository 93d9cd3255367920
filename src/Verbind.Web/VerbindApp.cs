using Verbind.Agreements;
using Verbind.ServiceDirectory;
using Verbind.Helpline;
using Verbind.Partners;
using Verbind.Platform;
using Verbind.Platform.Localisation;
using Verbind.Web.Components;
using Verbind.Web.Operations;

namespace Verbind.Web;

/// <summary>The composition root: the platform, each module, and the web pipeline.</summary>
public static class VerbindApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddObservability();

        AddPlatformAndModules(builder.Services, builder.Configuration, builder.Environment.ContentRootPath);

        builder.Services.AddRazorComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddAntiforgery(options => options.Cookie.Name = "verbind.af");

        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    /// <summary>
    /// The platform and every module, so the database model is the app's; tools that open the database
    /// outside the web host (the benchmarks' seeders) call this too.
    /// </summary>
    public static IServiceCollection AddPlatformAndModules(IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        services.AddPlatform(configuration, contentRootPath);
        services.AddPartners(configuration);
        services.AddServiceDirectory(configuration);
        services.AddAgreements(configuration);
        services.AddHelpline(configuration);
        return services;
    }

    private static void UsePipeline(WebApplication app)
    {
        app.UseFriendlyErrors();
        app.UseVerbindSecurityHeaders();
        app.UseRequestLocalization(Cultures.RequestOptions());
        app.UseRouting();
        app.UseCors();
        app.UsePlatformSecurity();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthChecks("/health").DisableHttpMetrics();
        app.MapOpenApi("/api/openapi/{documentName}.json");
        app.MapPlatformEndpoints();
        app.MapPartners();
        app.MapServiceDirectory();
        app.MapAgreements();
        app.MapHelpline();
        app.MapRazorComponents<App>()
            .AddAdditionalAssemblies(typeof(PlatformModule).Assembly, typeof(PartnersModule).Assembly,
                typeof(ServiceDirectoryModule).Assembly, typeof(AgreementsModule).Assembly, typeof(HelplineModule).Assembly);
    }

    /// <summary>The database is prepared by a hosted service as the host starts; this prints where to go.</summary>
    public static void PrintBannerOnStart(WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
}
