using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
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
        services.AddSingleton<StartLimiter>();
        services.AddScoped<TranscriptRetention>();
        services.AddScoped<Features.Statistics.HelplineStatistics>();
        services.AddHostedService<RetentionJob>();

        var signalR = services.AddSignalR(hub =>
        {
            hub.MaximumReceiveMessageSize = 16 * 1024;
            hub.EnableDetailedErrors = false;
        });
        var redis = configuration[$"{HelplineOptions.Section}:Redis"] is { Length: > 0 } configured ? configured : configuration.GetConnectionString("Redis");
        if (!string.IsNullOrEmpty(redis))
        {
            signalR.AddStackExchangeRedis(redis, options => options.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("verbind"));
        }

        services.AddSingleton(new NetworkNavItem("/hulplijn", "Nav.Helpline", typeof(HelplineText), NetworkRole.Viewer, 80));
        return services;
    }

    public static IEndpointRouteBuilder MapHelpline(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<ChatHub>(ChatHub.Path);
        Features.OfflineRequests.RequestEndpoints.Map(endpoints);
        RosterEndpoints.Map(endpoints);
        Features.Statistics.StatisticsCsv.Map(endpoints);
        return endpoints;
    }
}
