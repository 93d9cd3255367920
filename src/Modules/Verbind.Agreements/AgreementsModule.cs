using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Agreements.Data;
using Verbind.Agreements.Features.Campaigns;
using Verbind.Agreements.Features.Contributions;
using Verbind.Agreements.Features.Drafting;
using Verbind.Agreements.Features.Printing;
using Verbind.Agreements.Features.Reminders;
using Verbind.Agreements.Features.Scorecard;
using Verbind.Agreements.Features.Showcase;
using Verbind.Agreements.Features.Signing;
using Verbind.Agreements.Features.Verification;
using Verbind.Agreements.Localisation;
using Verbind.Platform.Data;
using Verbind.Platform.Modules;
using Verbind.Platform.Tenancy;
using Verbind.Platform.Ui;

namespace Verbind.Agreements;

public static class AgreementsModule
{
    public static IServiceCollection AddAgreements(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AgreementsOptions>().Bind(configuration.GetSection(AgreementsOptions.Section))
            .Validate(o => o.IsValid(), "Agreements settings are invalid: see AgreementsOptions.").ValidateOnStart();
        services.AddSingleton<IModelContribution, AgreementsModel>();
        services.AddScoped<IDemoSeeder, AgreementsDemoSeeder>();
        services.AddScoped<AgreementDrafts>();
        services.AddScoped<SendForSigning>();
        services.AddScoped<SignAgreement>();
        services.AddScoped<AgreementTexts>();
        services.AddScoped<AgreementDocuments>();
        services.AddScoped<VerifyAgreement>();
        services.AddScoped<Evaluations>();
        services.AddScoped<ContributionRequests>();
        services.AddScoped<Budgets>();
        services.AddScoped<CommitmentScorecard>();
        services.AddScoped<ShowcaseQuery>();
        services.AddScoped<CampaignEditor>();
        ShowcaseEndpoints.AddBadgeHeaders(services);
        services.AddScoped<AgreementReminders>();
        services.AddHostedService<ReminderJob>();
        services.AddSingleton(new NetworkNavItem("/afspraken", "Nav.Agreements", typeof(AgreementsText), NetworkRole.Viewer, 70));
        return services;
    }

    public static IEndpointRouteBuilder MapAgreements(this IEndpointRouteBuilder endpoints)
    {
        PrintingEndpoints.Map(endpoints);
        VerificationEndpoints.Map(endpoints);
        ContributionEndpoints.Map(endpoints);
        ShowcaseEndpoints.Map(endpoints);
        return endpoints;
    }
}
