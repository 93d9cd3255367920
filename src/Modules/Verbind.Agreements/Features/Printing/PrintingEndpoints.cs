using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Verbind.Platform.Tenancy;

namespace Verbind.Agreements.Features.Printing;

/// <summary>The PDF of a version, for the members of its network.</summary>
internal static class PrintingEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/netwerk/{network}/afspraken/{id:guid}/versies/{number:int}/pdf",
            async (string network, Guid id, int number, HttpContext context, AgreementDocuments documents, NetworkScope scope, CancellationToken cancellationToken) =>
            {
                var document = await documents.FindAsync(id, number, cancellationToken);
                if (document is null)
                {
                    return Results.NotFound();
                }
                var pdf = await documents.PdfAsync(document, scope.Required.Name, cancellationToken);
                context.Response.Headers.CacheControl = "no-store";
                return Results.File(pdf, "application/pdf", $"{network}-afspraak-{number}.pdf");
            })
            .RequireAuthorization(NetworkPolicies.Viewer)
            .ExcludeFromDescription();
    }
}
