using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Verbind.Platform.Identity;

/// <summary>The services behind the account, member, settings, audit and administration pages.</summary>
public static class IdentityFeatures
{
    public static IServiceCollection AddIdentityFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LinkOptions>().Bind(configuration.GetSection(LinkOptions.Section))
            .Validate(links => links.IsValid(), "Links:PublicBaseUrl must be an absolute http(s) address without a query.")
            .ValidateOnStart();
        services.AddScoped<AccountLinks>();
        services.AddScoped<InvitationService>();
        services.AddScoped<Features.Members.MemberRoles>();
        services.AddScoped<Features.Administration.NetworkCreation>();
        services.AddScoped<Features.Audit.AuditLog>();
        services.AddSingleton<MailOutbox>();
        services.AddHostedService(provider => provider.GetRequiredService<MailOutbox>());
        services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = SecondFactorClaim.KeepOnRefresh);
        return services;
    }
}
