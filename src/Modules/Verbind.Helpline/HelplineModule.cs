using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using StackExchange.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Helpline.Data;
using Verbind.Helpline.Features.Chat;
using Verbind.Helpline.Features.Common;
using Verbind.Helpline.Features.Privacy;
using Verbind.Helpline.Features.Roster;
using Verbind.Helpline.Localisation;
using Verbind.Platform.Data;
using Verbind.Platform.Modules;
using Verbind.Platform.Tenancy;
using Verbind.Platform.Ui;

namespace Verbind.Helpline;

public static class HelplineModule
{
    public static IServiceCollection AddHelpline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HelplineOptions>().Bind(configuration.GetSection(HelplineOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IModelContribution, HelplineModel>();
        services.AddScoped<IDemoSeeder, HelplineDemoSeeder>();
        services.AddScoped<HelplineScope>();
        services.AddScoped<StaffAccess>();
        services.AddScoped<HelplineStatus>();
        services.AddScoped<ChatNotifier>();
        services.AddScoped<Dispatcher>();
        services.AddScoped<Features.PersonalCodes.PersonalCodeBook>();
        services.AddSingleton<Features.Presence.PresenceWindow>();
        services.AddScoped<Features.Presence.PresenceExpiry>();
        services.AddHostedService<Features.Presence.PresenceJob>();
        services.AddSingleton<MessageWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<MessageWriter>());
        services.AddSingleton<StartLimiter>();
        services.AddScoped<TranscriptRetention>();
        services.AddScoped<Features.Statistics.HelplineStatistics>();
        services.AddHostedService<RetentionJob>();

        services.AddSignalR(hub =>
        {
            hub.MaximumReceiveMessageSize = 16 * 1024;
            hub.EnableDetailedErrors = false;
        });
        // The backplane is chosen when the hub's lifetime manager is first needed, from the final
        // configuration (settings added by a host builder after this call count too).
        services.AddOptions<RedisOptions>().Configure<IConfiguration>((options, config) =>
        {
            options.Configuration = ConfigurationOptions.Parse(RedisConnection(config) ?? "localhost");
            options.Configuration.ChannelPrefix = RedisChannel.Literal("verbind");
        });
        services.AddSingleton<HubLifetimeManager<ChatHub>>(provider => RedisConnection(provider.GetRequiredService<IConfiguration>()) is null
            ? ActivatorUtilities.CreateInstance<DefaultHubLifetimeManager<ChatHub>>(provider)
            : ActivatorUtilities.CreateInstance<RedisHubLifetimeManager<ChatHub>>(provider));
        services.AddHealthChecks().AddCheck<BackplaneHealthCheck>(BackplaneHealthCheck.Name);

        services.AddSingleton(new NetworkNavItem("/hulplijn", "Nav.Helpline", typeof(HelplineText), NetworkRole.Viewer, 80));
        return services;
    }

    internal static string? RedisConnection(IConfiguration configuration) =>
        configuration[$"{HelplineOptions.Section}:Redis"] is { Length: > 0 } configured ? configured
        : configuration.GetConnectionString("Redis") is { Length: > 0 } named ? named : null;

    public static IEndpointRouteBuilder MapHelpline(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<ChatHub>(ChatHub.Path);
        Features.OfflineRequests.RequestEndpoints.Map(endpoints);
        RosterEndpoints.Map(endpoints);
        Features.Statistics.StatisticsCsv.Map(endpoints);
        Features.Widget.WidgetEndpoints.Map(endpoints);
        Features.Settings.SettingsEndpoints.Map(endpoints);
        return endpoints;
    }
}
