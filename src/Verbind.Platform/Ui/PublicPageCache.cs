using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Verbind.Platform.Ui;

/// <summary>
/// The output cache of anonymous public pages and API reads (ADR 0015): a page marked with
/// <c>[OutputCache(PolicyName = PublicPageCache.Policy, Tags = [...])]</c> (or <see cref="CacheForEveryone"/>) is
/// rendered once per address and language and then served from memory for <c>PublicPages:CacheSeconds</c>
/// (60 by default, 0 turns the cache off), or until its module evicts its tag because its data changed.
/// Signed-in visitors, requests with an Authorization header, responses that set a cookie and anything but
/// 200 are never stored.
/// </summary>
public static class PublicPageCache
{
    public const string Policy = "public";

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("PublicPages:CacheSeconds", 60);
        return services.AddOutputCache(options => options.AddPolicy(Policy, new AnonymousPolicy(TimeSpan.FromSeconds(Math.Max(0, seconds)))));
    }

    /// <summary>Caches this endpoint's anonymous answers under <paramref name="tag"/>.</summary>
    public static TBuilder CacheForEveryone<TBuilder>(this TBuilder builder, string tag) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new OutputCacheAttribute { PolicyName = Policy, Tags = [tag] });

    private sealed class AnonymousPolicy(TimeSpan lifetime) : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var request = context.HttpContext.Request;
            var cacheable = lifetime > TimeSpan.Zero
                && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && StringValues.IsNullOrEmpty(request.Headers.Authorization)
                && context.HttpContext.User.Identity?.IsAuthenticated != true
                // A stream of everything is written as it is read; keeping a copy would undo its flat memory.
                && !request.Query["format"].Contains("ndjson", StringComparer.OrdinalIgnoreCase);
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = lifetime;
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            if (!StringValues.IsNullOrEmpty(response.Headers.SetCookie) || response.StatusCode != StatusCodes.Status200OK)
            {
                context.AllowCacheStorage = false;
            }
            return ValueTask.CompletedTask;
        }
    }
}
