using System.Globalization;
using SkiaSharp;
using Verbind.Agreements.Domain;
using Verbind.Platform.Ui;

namespace Verbind.Agreements.Features.Printing;

/// <summary>The texts the PDF needs in the reader's language (headings, labels), looked up by the caller.</summary>
public sealed record PdfLabels(
    string Version, string Parties, string Preamble, string Goals, string Principles, string Responsibilities, string Commitments,
    string Term, string SignaturePage, string SignedBy, string NotSigned, string DocumentHash, string VerificationCode, string VerifyAt, string Page,
    Func<Commitment, string> CommitmentText, string TermText);

/// <summary>
/// Renders a version as an A4 PDF with SkiaSharp's PDF backend: the text, then a signature page with
/// every signer, the time they signed, the SHA-256 of the canonical document and the verification code.
/// Fonts are embedded (DejaVu when installed), so the text can be extracted again.
/// </summary>
public static class AgreementPdf
{
    private const float PageWidth = 595f;
    private const float PageHeight = 842f;
    private const float Margin = 56f;
    private const float Bottom = PageHeight - Margin - 20f;

    private static readonly SKTypeface Regular = Load("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", SKFontStyle.Normal);
    private static readonly SKTypeface Bold = Load("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", SKFontStyle.Bold);

    public static byte[] Render(AgreementVersion version, string networkName, IReadOnlyList<(Signer Signer, Signature? Signature)> signers, string verifyUrl, PdfLabels labels, DateTime issuedAt)
    {
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = version.Title,
            Author = networkName,
            Subject = $"{labels.VerificationCode}: {version.VerificationCode}",
            Keywords = $"verbind-verification:{version.VerificationCode}",
            Creator = "Verbind",
            Producer = "Verbind",
            Creation = issuedAt,
            Modified = issuedAt,
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            using var writer = new PageWriter(document, $"{version.Title} · {labels.Version} {version.Number} · {labels.VerificationCode} {version.VerificationCode}", labels.Page);
            writer.Heading(version.Title, 18, Bold);
            writer.Paragraph(networkName, 10, Regular);
            writer.Paragraph($"{labels.Version} {version.Number}", 10, Regular);
            writer.Space(8);
            writer.Heading(labels.Parties, 13, Bold);
            foreach (var party in version.Parties.OrderBy(p => p.Position))
            {
                writer.Paragraph("• " + party.OrganisationName, 10.5f, Regular);
            }
            Section(writer, labels.Preamble, version.Preamble);
            Section(writer, labels.Goals, version.Goals);
            Section(writer, labels.Principles, version.Principles);
            Section(writer, labels.Responsibilities, version.Responsibilities);
            if (version.Commitments.Count > 0)
            {
                writer.Heading(labels.Commitments, 13, Bold);
                var number = 1;
                foreach (var commitment in version.Commitments.OrderBy(c => c.Position))
                {
                    writer.Paragraph($"{number++}. {labels.CommitmentText(commitment)}", 10.5f, Regular);
                }
            }
            writer.Heading(labels.Term, 13, Bold);
            writer.Paragraph(labels.TermText, 10.5f, Regular);

            writer.NewPage();
            writer.Heading(labels.SignaturePage, 16, Bold);
            foreach (var (signer, signature) in signers)
            {
                writer.Space(6);
                writer.Paragraph(signature?.TypedName ?? signer.FullName, 11, Bold);
                writer.Paragraph(string.Join(" · ", new[] { signature?.Function ?? signer.Function, signature?.OrganisationName }.Where(t => !string.IsNullOrWhiteSpace(t))), 10, Regular);
                writer.Paragraph(signature is null ? labels.NotSigned : $"{labels.SignedBy}: {LocalTime.Format(signature.SignedAt)}{(signature.Place is null ? "" : ", " + signature.Place)}", 10, Regular);
                if (signature?.DrawnImage is { } drawn)
                {
                    writer.Image(drawn[Domain.SignatureImage.Prefix.Length..]);
                }
            }
            writer.Space(12);
            writer.Paragraph($"{labels.DocumentHash} (SHA-256):", 10, Bold);
            writer.Paragraph(CanonicalDocument.Sha256(version), 9, Regular);
            writer.Paragraph($"{labels.VerificationCode}: {version.VerificationCode}", 11, Bold);
            writer.Paragraph($"{labels.VerifyAt}: {verifyUrl}", 10, Regular);
            writer.Finish();
            document.Close();
        }
        return stream.ToArray();
    }

    private static void Section(PageWriter writer, string heading, string markdown)
    {
        var paragraphs = SafeMarkdown.ToPlainParagraphs(markdown);
        if (paragraphs.Count == 0)
        {
            return;
        }
        writer.Heading(heading, 13, Bold);
        foreach (var paragraph in paragraphs)
        {
            writer.Paragraph(paragraph, 10.5f, Regular);
        }
    }

    private static SKTypeface Load(string path, SKFontStyle style) =>
        File.Exists(path) ? SKTypeface.FromFile(path) : SKTypeface.FromFamilyName("DejaVu Sans", style) ?? SKTypeface.Default;

    /// <summary>Flows lines of text down A4 pages, with a footer on each.</summary>
    private sealed class PageWriter(SKDocument document, string footer, string pageLabel) : IDisposable
    {
        // Fonts and paint made once per document, not per paragraph.
        private readonly Dictionary<(SKTypeface, float), SKFont> _fonts = [];
        private readonly SKPaint _ink = new() { Color = SKColors.Black, IsAntialias = true };
        private SKCanvas? _canvas;
        private float _y;
        private int _page;

        public void Heading(string text, float size, SKTypeface typeface)
        {
            Space(size * 0.6f);
            Paragraph(text, size, typeface);
            Space(2);
        }

        public void Paragraph(string text, float size, SKTypeface typeface)
        {
            if (!_fonts.TryGetValue((typeface, size), out var font))
            {
                font = new SKFont(typeface, size);
                _fonts[(typeface, size)] = font;
            }
            foreach (var line in Wrap(text, font, PageWidth - (2 * Margin)))
            {
                EnsureRoom(size * 1.45f);
                _y += size * 1.2f;
                _canvas!.DrawText(line, Margin, _y, SKTextAlign.Left, font, _ink);
                _y += size * 0.25f;
            }
            _y += size * 0.35f;
        }

        public void Image(string base64)
        {
            try
            {
                using var bitmap = SKBitmap.Decode(Convert.FromBase64String(base64));
                if (bitmap is null)
                {
                    return;
                }
                var scale = Math.Min(1f, Math.Min(220f / bitmap.Width, 70f / bitmap.Height));
                var height = bitmap.Height * scale;
                EnsureRoom(height + 6);
                using var image = SKImage.FromBitmap(bitmap);
                _canvas!.DrawImage(image, SKRect.Create(Margin, _y + 3, bitmap.Width * scale, height), new SKSamplingOptions(SKFilterMode.Linear));
                _y += height + 6;
            }
            catch (FormatException)
            {
                // A stored drawing that is not an image is left out; the typed name stands.
            }
        }

        public void Space(float points)
        {
            EnsureRoom(0);
            _y += points;
        }

        public void NewPage()
        {
            EndPage();
            _canvas = document.BeginPage(PageWidth, PageHeight);
            _page++;
            _y = Margin;
        }

        public void Finish() => EndPage();

        public void Dispose()
        {
            foreach (var font in _fonts.Values)
            {
                font.Dispose();
            }
            _ink.Dispose();
        }

        private void EnsureRoom(float height)
        {
            if (_canvas is null || _y + height > Bottom)
            {
                NewPage();
            }
        }

        private void EndPage()
        {
            if (_canvas is null)
            {
                return;
            }
            using var font = new SKFont(Regular, 8);
            using var paint = new SKPaint { Color = new SKColor(0x44, 0x44, 0x44), IsAntialias = true };
            var text = $"{footer} · {pageLabel} {_page.ToString(CultureInfo.InvariantCulture)}";
            _canvas.DrawText(Truncate(text, font, PageWidth - (2 * Margin)), Margin, PageHeight - (Margin / 2), SKTextAlign.Left, font, paint);
            document.EndPage();
            _canvas = null;
        }

        private static string Truncate(string text, SKFont font, float width)
        {
            while (text.Length > 10 && font.MeasureText(text) > width)
            {
                text = text[..^12] + "…";
            }
            return text;
        }

        private static IEnumerable<string> Wrap(string text, SKFont font, float width)
        {
            var space = font.MeasureText(" ");
            foreach (var paragraphLine in text.Split('\n'))
            {
                var line = new System.Text.StringBuilder();
                var lineWidth = 0f;
                foreach (var word in paragraphLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var wordWidth = font.MeasureText(word);
                    if (line.Length > 0 && lineWidth + space + wordWidth <= width)
                    {
                        line.Append(' ').Append(word);
                        lineWidth += space + wordWidth;
                        continue;
                    }
                    if (line.Length > 0)
                    {
                        yield return line.ToString();
                        line.Clear();
                    }
                    var rest = word;
                    // A single word wider than the page (a long link, a hash) is cut where it must be.
                    while (font.MeasureText(rest) > width && rest.Length > 1)
                    {
                        var fit = rest.Length - 1;
                        while (fit > 1 && font.MeasureText(rest[..fit]) > width)
                        {
                            fit--;
                        }
                        yield return rest[..fit];
                        rest = rest[fit..];
                    }
                    line.Append(rest);
                    lineWidth = font.MeasureText(rest);
                }
                yield return line.ToString();
            }
        }
    }
}
