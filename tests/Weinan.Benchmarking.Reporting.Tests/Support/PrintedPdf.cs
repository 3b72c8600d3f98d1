using UglyToad.PdfPig;

namespace Weinan.Benchmarking.Reporting.Tests.Support;

/// <summary>
/// The pages of a printed report as lines of text, read back with PdfPig: each line is the letters sharing a baseline,
/// left to right, with the spaces dropped (CJK and Latin fonts set the same words differently). Lines in the top and
/// bottom page margins (the running header and the page number) are kept apart from the body.
/// </summary>
internal sealed record PrintedPage(int Number, double Width, double Height, IReadOnlyList<string> Header, IReadOnlyList<string> Body,
    IReadOnlyList<string> Footer, double BodyBottom, double BodyTop)
{
    /// <summary>How far down the body area the lowest body line reaches, 0 to 1.</summary>
    public double Filled(double marginTop, double marginBottom) =>
        Body.Count == 0 ? 0 : (Height - marginTop - BodyBottom) / (Height - marginTop - marginBottom);

    public static IReadOnlyList<PrintedPage> Read(byte[] pdf, double marginTop, double marginBottom)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page =>
        {
            var lines = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
                .GroupBy(l => Math.Round(l.StartBaseLine.Y / 3))
                .Select(g => (Y: g.Average(l => l.StartBaseLine.Y),
                    Text: string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)).Replace(" ", "", StringComparison.Ordinal)))
                .OrderByDescending(l => l.Y).ToList();
            var top = page.Height - marginTop;
            var body = lines.Where(l => l.Y < top && l.Y > marginBottom).ToList();
            return new PrintedPage(page.Number, page.Width, page.Height,
                lines.Where(l => l.Y >= top).Select(l => l.Text).ToList(),
                body.Select(l => l.Text).ToList(),
                lines.Where(l => l.Y <= marginBottom).Select(l => l.Text).ToList(),
                body.Count == 0 ? top : body.Min(l => l.Y),
                body.Count == 0 ? top : body.Max(l => l.Y));
        }).ToList();
    }
}
