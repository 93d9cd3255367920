using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verbind.Platform.Audit;
using Verbind.Platform.Modules;
using Verbind.Platform.Tenancy;
using Verbind.Platform.Ui;
using Verbind.ServiceDirectory.Localisation;

namespace Verbind.ServiceDirectory.Features.HsdsImport;

/// <summary>Limits of an HSDS import, bound to <c>ServiceDirectory:HsdsImport</c>.</summary>
public sealed class HsdsImportOptions
{
    public int MaxFileMegabytes { get; set; } = 20;

    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024;
}

/// <summary>Why a file or a request about an import was refused; the import page has a text for each.</summary>
public enum HsdsImportRefusal
{
    NoFile,
    TooLarge,
    Expired,
}

/// <summary>
/// The form posts of the import pages (upload, confirm, cancel): coordinators only. An oversized upload is
/// refused on its Content-Length before anything is read; then the antiforgery token is checked by hand.
/// Every outcome is a 303 to a page that says what happened.
/// </summary>
public static class HsdsImportEndpoints
{
    public const string FileField = "bestand";

    public static IServiceCollection AddHsdsImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HsdsImportOptions>(configuration.GetSection("ServiceDirectory:HsdsImport"));
        services.AddSingleton<IModelContribution, HsdsImportModel>();
        services.AddScoped<HsdsImportChecker>();
        services.AddScoped<HsdsImporter>();
        services.AddSingleton(new NetworkNavItem("/aanbod/import", "Nav.Import", typeof(HsdsText), NetworkRole.Coordinator, 62));
        return services;
    }

    public static IEndpointRouteBuilder MapHsdsImport(this IEndpointRouteBuilder endpoints)
    {
        var import = endpoints.MapGroup("/netwerk/{network}/aanbod/import")
            .RequireAuthorization(NetworkPolicies.Coordinator)
            .ExcludeFromDescription();
        import.MapPost("/opladen", UploadAsync);
        import.MapPost("/{id:guid}/bevestigen", ConfirmAsync);
        import.MapPost("/{id:guid}/annuleren", CancelAsync);
        return endpoints;
    }

    public static string PageUrl(string network) => $"/netwerk/{Uri.EscapeDataString(network)}/aanbod/import";

    public static string PreviewUrl(string network, Guid id) => $"{PageUrl(network)}/{id}";

    private static async Task<IResult> UploadAsync(string network, HttpContext context, IAntiforgery antiforgery, IOptions<HsdsImportOptions> options,
        HsdsImporter importer, ICurrentActor actor, CancellationToken cancellationToken)
    {
        var maxRequest = options.Value.MaxFileBytes + 64 * 1024;
        if (context.Request.ContentLength > maxRequest)
        {
            return SeeOther(context, $"{PageUrl(network)}?fout={HsdsImportRefusal.TooLarge}");
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = maxRequest;
        }
        IFormCollection form;
        try
        {
            if (!await IsValidAsync(context, antiforgery))
            {
                return TypedResults.BadRequest();
            }
            form = await context.Request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException)
        {
            return SeeOther(context, $"{PageUrl(network)}?fout={HsdsImportRefusal.TooLarge}");
        }
        var file = form.Files.GetFile(FileField);
        if (file is null || file.Length == 0)
        {
            return SeeOther(context, $"{PageUrl(network)}?fout={HsdsImportRefusal.NoFile}");
        }
        if (file.Length > options.Value.MaxFileBytes)
        {
            return SeeOther(context, $"{PageUrl(network)}?fout={HsdsImportRefusal.TooLarge}");
        }
        using var content = new MemoryStream((int)file.Length);
        await file.CopyToAsync(content, cancellationToken);
        var id = await importer.StageAsync(content.ToArray(), file.FileName, actor.UserId, cancellationToken);
        return SeeOther(context, PreviewUrl(network, id));
    }

    private static async Task<IResult> ConfirmAsync(string network, Guid id, HttpContext context, IAntiforgery antiforgery, HsdsImporter importer, CancellationToken cancellationToken)
    {
        if (!await IsValidAsync(context, antiforgery))
        {
            return TypedResults.BadRequest();
        }
        var (outcome, count, _) = await importer.ConfirmAsync(id, cancellationToken);
        return outcome switch
        {
            ConfirmOutcome.Done => SeeOther(context, $"{PageUrl(network)}?klaar={count}"),
            ConfirmOutcome.Changed => SeeOther(context, $"{PreviewUrl(network, id)}?gewijzigd=1"),
            _ => SeeOther(context, $"{PageUrl(network)}?fout={HsdsImportRefusal.Expired}"),
        };
    }

    private static async Task<IResult> CancelAsync(string network, Guid id, HttpContext context, IAntiforgery antiforgery, HsdsImporter importer, CancellationToken cancellationToken)
    {
        if (!await IsValidAsync(context, antiforgery))
        {
            return TypedResults.BadRequest();
        }
        await importer.CancelAsync(id, cancellationToken);
        return SeeOther(context, $"{PageUrl(network)}?geannuleerd=1");
    }

    private static async Task<bool> IsValidAsync(HttpContext context, IAntiforgery antiforgery) =>
        context.Request.HasFormContentType && await antiforgery.IsRequestValidAsync(context);

    private static StatusCodeHttpResult SeeOther(HttpContext context, string url)
    {
        context.Response.Headers.Location = url;
        return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
    }
}
