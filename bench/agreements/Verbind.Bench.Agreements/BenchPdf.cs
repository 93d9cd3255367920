using System.Diagnostics;
using System.Globalization;
using Verbind.Agreements.Features.Printing;
using Verbind.Agreements.Tests;

namespace Verbind.Bench.Agreements;

/// <summary>The PDF of a ten-page declaration with 40 signers, rendered again and again after one warm-up.</summary>
internal static class BenchPdf
{
    public static int Run(int runs)
    {
        var (version, signers) = BenchmarkDocuments.TenPages(40);
        var labels = BenchmarkDocuments.Labels;
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var pages = 0;
        using (var first = UglyToad.PdfPig.PdfDocument.Open(AgreementPdf.Render(version, "Netwerk", signers, "/verificatie", labels, now)))
        {
            pages = first.NumberOfPages;
        }
        var timings = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            AgreementPdf.Render(version, "Netwerk", signers, "/verificatie", labels, now);
            timings[i] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(timings);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pdf: {pages} pages, 40 signers, {runs} renders, p50 {timings[runs / 2]:F1} ms, p95 {timings[(int)Math.Ceiling(0.95 * (runs - 1))]:F1} ms, max {timings[^1]:F1} ms"));
        return 0;
    }
}
