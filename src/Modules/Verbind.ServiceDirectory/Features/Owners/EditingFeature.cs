using Microsoft.Extensions.DependencyInjection;
using Verbind.ServiceDirectory.Features.Reports;
using Verbind.ServiceDirectory.Features.Taxonomies;

namespace Verbind.ServiceDirectory.Features.Owners;

/// <summary>The editing side of the Directory: taxonomies, edit rights, freshness, reports inbox, area.</summary>
public static class EditingFeature
{
    public static IServiceCollection AddDirectoryEditing(this IServiceCollection services)
    {
        services.AddShippedTaxonomies();
        services.AddScoped<DirectoryAccess>();
        services.AddScoped<OwnerRecipients>();
        services.AddSingleton<MailLinks>();
        services.AddSingleton<InformationReportNotifier>();
        services.AddScoped<ReportInbox>();
        services.AddScoped<Area.NetworkArea>();
        services.AddScoped<Verbind.Platform.Data.IDemoSeeder, Data.Demo.DirectoryDemoSeeder>();
        services.AddScoped<EditService.SaveService>();
        services.AddScoped<ListServices.ListServices>();
        services.AddScoped<ViewServiceRecord.ServiceHistory>();
        services.AddScoped<Freshness.VerifyService>();
        services.AddScoped<EditLocation.SaveLocation>();
        services.AddOptions<Freshness.StaleReminderOptions>().BindConfiguration(Freshness.StaleReminderOptions.Section);
        services.AddSingleton<Freshness.StaleReminders>();
        services.AddHostedService<Freshness.StaleReminderJob>();
        return services;
    }
}
