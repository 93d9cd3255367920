using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Verbind.Partners.Features.Export;
using Verbind.Platform.Tenancy;

namespace Verbind.Partners.Features.Import;

/// <summary>
/// The form posts of the import pages (upload, confirm, cancel) and the templates. Each post checks
/// its antiforgery token itself, after the size check, so an oversized upload is refused before it is
/// read. Every outcome is a redirect to a page that says what happened (post/redirect/get).
/// </summary>
internal static class ImportEndpoints
{
    public const string FileField = "bestand";
    public const string ChoicePrefix = "keuze-";
    public const string ShownPrefix = "getoond-";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var import = endpoints.MapGroup("/netwerk/{network}/import")
            .RequireAuthorization(NetworkPolicies.Coordinator)
            .ExcludeFromDescription();
        import.MapPost("/opladen", UploadAsync);
        import.MapPost("/{id:guid}/bevestigen", ConfirmAsync);
        import.MapPost("/{id:guid}/annuleren", CancelAsync);
        import.MapGet("/sjabloon.csv", () => TypedResults.File(PartnerFileWriter.Csv([]), PartnerFileWriter.CsvContentType, "verbind-sjabloon.csv"));
        import.MapGet("/sjabloon.xlsx", () => TypedResults.File(PartnerFileWriter.Xlsx("organisaties", []), PartnerFileWriter.XlsxContentType, "verbind-sjabloon.xlsx"));
    }

    public static string PageUrl(string network) => $"/netwerk/{Uri.EscapeDataString(network)}/import";

    public static string PreviewUrl(string network, Guid id) => $"{PageUrl(network)}/{id}";

    private static async Task<IResult> UploadAsync(string network, HttpContext context, IAntiforgery antiforgery, StageImport stage, CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength > ImportLimits.MaxRequestBytes)
        {
            return SeeOther(context, $"{PageUrl(network)}?fout={ImportRefusal.TooLarge}");
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = ImportLimits.MaxRequestBytes;
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
            // A body without a length that grew past the limit, or a broken multipart body.
            return SeeOther(context, $"{PageUrl(network)}?fout={ImportRefusal.TooLarge}");
        }
        var file = form.Files.GetFile(FileField);
        if (file is null || file.Length == 0)
        {
            return SeeOther(context, $"{PageUrl(network)}?fout={ImportRefusal.NoFile}");
        }
        if (file.Length > ImportLimits.MaxFileBytes)
        {
            return SeeOther(context, $"{PageUrl(network)}?fout={ImportRefusal.TooLarge}");
        }
        using var content = new MemoryStream((int)file.Length);
        await file.CopyToAsync(content, cancellationToken);
        var (id, refusal) = await stage.HandleAsync(content.ToArray(), file.FileName, cancellationToken);
        return refusal is { } reason
            ? SeeOther(context, $"{PageUrl(network)}?fout={reason}")
            : SeeOther(context, PreviewUrl(network, id!.Value));
    }

    private static async Task<IResult> ConfirmAsync(string network, Guid id, HttpContext context, IAntiforgery antiforgery, ConfirmImport confirm, CancellationToken cancellationToken)
    {
        if (!await IsValidAsync(context, antiforgery))
        {
            return TypedResults.BadRequest();
        }
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var result = await confirm.HandleAsync(id, ReadDecisions(form), cancellationToken);
        return result.Status switch
        {
            ConfirmStatus.Done => SeeOther(context, DoneUrl(network, result.Counts!)),
            ConfirmStatus.Expired => SeeOther(context, $"{PageUrl(network)}?fout={ImportRefusal.Expired}"),
            ConfirmStatus.Changed => SeeOther(context, $"{PreviewUrl(network, id)}?fout={ImportRefusal.Changed}"),
            _ => SeeOther(context, PreviewUrl(network, id)),
        };
    }

    private static async Task<IResult> CancelAsync(string network, Guid id, HttpContext context, IAntiforgery antiforgery, CancelImport cancel, CancellationToken cancellationToken)
    {
        if (!await IsValidAsync(context, antiforgery))
        {
            return TypedResults.BadRequest();
        }
        return await cancel.HandleAsync(id, cancellationToken)
            ? SeeOther(context, $"{PageUrl(network)}?geannuleerd=1")
            : SeeOther(context, PreviewUrl(network, id));
    }

    /// <summary>The choices of the preview form: keuze-{index} = merge|new|skip with getoond-{index} = the organisation shown.</summary>
    internal static Dictionary<int, DuplicateDecision> ReadDecisions(IFormCollection form)
    {
        var decisions = new Dictionary<int, DuplicateDecision>();
        foreach (var (key, value) in form)
        {
            if (!key.StartsWith(ChoicePrefix, StringComparison.Ordinal)
                || !int.TryParse(key.AsSpan(ChoicePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                || !Enum.TryParse<DuplicateChoice>(value.ToString(), ignoreCase: true, out var choice)
                || !Enum.IsDefined(choice)
                || !Guid.TryParse(form[ShownPrefix + index.ToString(CultureInfo.InvariantCulture)].ToString(), out var shown))
            {
                continue;
            }
            decisions[index] = new DuplicateDecision(shown, choice);
        }
        return decisions;
    }

    private static string DoneUrl(string network, ImportCounts counts) => string.Create(CultureInfo.InvariantCulture,
        $"{PageUrl(network)}/klaar?nieuw={counts.OrganisationsCreated}&samengevoegd={counts.OrganisationsMerged}&lidmaatschappen={counts.MembershipsAdded}&personen={counts.PeopleAdded}&bijgewerkt={counts.PeopleUpdated}&overgeslagen={counts.OrganisationsSkipped}&fouten={counts.LinesLeftOut}");

    private static async Task<bool> IsValidAsync(HttpContext context, IAntiforgery antiforgery) =>
        context.Request.HasFormContentType && await antiforgery.IsRequestValidAsync(context);

    private static StatusCodeHttpResult SeeOther(HttpContext context, string url)
    {
        context.Response.Headers.Location = url;
        return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
    }
}
