using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Platform.Audit;
using Verbind.Platform.Data;
using Verbind.Platform.Identity;
using Verbind.Platform.Localisation;
using Verbind.Platform.Mail;
using Verbind.Platform.Tenancy;
using Verbind.Platform.Ui;

namespace Verbind.Platform;

public static class PlatformModule
{
    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        // First hosted service: the database is migrated before anything (data protection keys) reads it.
        services.AddHostedService<DatabaseInitializerService>();
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<NetworkScope>();
        services.AddScoped<ICurrentActor, HttpContextActor>();
        services.AddAppDatabase(configuration, contentRoot);
        services.AddLocalization();

        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section))
            .PostConfigure(mail => mail.PickupDirectory = Path.Combine(contentRoot, mail.PickupDirectory))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IMailSender, MailKitSender>();

        services.AddIdentity<AppUser, IdentityRole<Guid>>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AppClaimsFactory>();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/afmelden";
            cookie.AccessDeniedPath = "/fout/403";
            cookie.Cookie.Name = "verbind.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            // API callers get status codes, not a redirect to the sign-in page.
            cookie.Events.OnRedirectToLogin = context => RedirectOrStatus(context, 401);
            cookie.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, 403);
        });
        services.AddDataProtection().SetApplicationName("Verbind").PersistKeysToDbContext<AppDbContext>();
        services.AddIdentityFeatures(configuration);

        services.AddAuthorization(NetworkPolicies.Add);
        services.AddScoped<IAuthorizationHandler, NetworkRoleHandler>();
        services.AddScoped<IDemoSeeder, PlatformDemoSeeder>();
        services.AddSingleton(new NetworkNavItem("/leden", "Members.Nav", typeof(SharedText), NetworkRole.Coordinator, 900));
        services.AddSingleton(new NetworkNavItem("/instellingen", "Settings.Nav", typeof(SharedText), NetworkRole.Coordinator, 910));
        services.AddSingleton(new NetworkNavItem("/audit", "Audit.Nav", typeof(SharedText), NetworkRole.Coordinator, 920));
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        services.AddPublicPageCache(configuration);
        return services;
    }

    /// <summary>
    /// Authentication, network resolution, two-factor enforcement and authorisation, in that order; then the
    /// public page cache, which needs to know whether the visitor signed in (ADR 0015).
    /// </summary>
    public static IApplicationBuilder UsePlatformSecurity(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseMiddleware<TwoFactorRequiredMiddleware>();
        app.UseMiddleware<NetworkResolutionMiddleware>();
        app.UseAuthorization();
        app.UseOutputCache();
        return app;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
