using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Verbind.Agreements.Features.Verification;

/// <summary>
/// The upload of a PDF to verify: only its SHA-256 is computed (the file is not kept), then the
/// verification page shows what that hash is (post/redirect/get).
/// </summary>
internal static class VerificationEndpoints
{
    public const string FileField = "pdf";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/verificatie/pdf", UploadAsync).DisableAntiforgery().ExcludeFromDescription();
    }

    private static async Task<IResult> UploadAsync(HttpContext context, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength > VerifyAgreement.MaxPdfBytes + 64_000)
        {
            return Results.Redirect("/verificatie?fout=te-groot");
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = VerifyAgreement.MaxPdfBytes + 64_000;
        }
        IFormCollection form;
        try
        {
            if (!context.Request.HasFormContentType)
            {
                return Results.Redirect("/verificatie?fout=geen-bestand");
            }
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }
            form = await context.Request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException)
        {
            return Results.Redirect("/verificatie?fout=te-groot");
        }
        var file = form.Files.GetFile(FileField);
        if (file is null || file.Length == 0)
        {
            return Results.Redirect("/verificatie?fout=geen-bestand");
        }
        if (file.Length > VerifyAgreement.MaxPdfBytes)
        {
            return Results.Redirect("/verificatie?fout=te-groot");
        }
        using var content = new MemoryStream((int)file.Length);
        await file.CopyToAsync(content, cancellationToken);
        return Results.Redirect($"/verificatie?pdf={VerifyAgreement.Sha256(content.ToArray())}");
    }
}
