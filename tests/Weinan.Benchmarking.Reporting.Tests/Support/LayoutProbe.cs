using Microsoft.Playwright;

namespace Weinan.Benchmarking.Reporting.Tests.Support;

/// <summary>
/// Finds text that does not fit its box in a rendered report: a box whose content is wider than the box (it spills out,
/// or is clipped by <c>overflow: hidden</c> or an ellipsis), a box clipped in height, a page wider than the viewport, an
/// SVG text outside its viewBox, a ladder rung name wider than its step, and a chart row label running into its limit.
/// </summary>
internal static class LayoutProbe
{
    private const string Script = """
        () => {
          const found = [];
          const name = el => {
            const cls = (el.getAttribute('class') || '').trim().replace(/\s+/g, '.');
            const text = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 70);
            return `${el.tagName.toLowerCase()}${cls ? '.' + cls : ''} “${text}”`;
          };
          const root = document.documentElement;
          if (root.scrollWidth > root.clientWidth + 1) {
            found.push(`the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px viewport`);
          }
          for (const el of document.body.querySelectorAll('*')) {
            if (el.closest('svg')) continue;
            const cs = getComputedStyle(el);
            if (cs.display === 'none' || cs.display === 'contents' || cs.display === 'inline') continue;
            if (el.clientWidth === 0 && el.clientHeight === 0) continue;
            if (el.scrollWidth > el.clientWidth + 1) {
              found.push(`${name(el)} needs ${el.scrollWidth}px, has ${el.clientWidth}px`);
            }
            if (cs.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1) {
              found.push(`${name(el)} is clipped: needs ${el.scrollHeight}px high, has ${el.clientHeight}px`);
            }
          }
          const inside = (b, box, slack) => b.x >= box.x - slack && b.y >= box.y - slack &&
            b.x + b.width <= box.x + box.width + slack && b.y + b.height <= box.y + box.height + slack;
          for (const svg of document.querySelectorAll('svg')) {
            const vb = svg.viewBox.baseVal;
            for (const t of svg.querySelectorAll('text')) {
              const b = t.getBBox();
              if (!inside(b, vb, 0.5)) {
                found.push(`${name(svg)}: ${name(t)} spans x ${b.x.toFixed(1)}…${(b.x + b.width).toFixed(1)}, y ${b.y.toFixed(1)}…${(b.y + b.height).toFixed(1)} outside the viewBox ${vb.width}×${vb.height}`);
              }
            }
            for (const g of svg.querySelectorAll('g[data-rung]')) {
              const step = g.querySelector('rect.step').getBBox();
              for (const t of g.querySelectorAll('text')) {
                const b = t.getBBox();
                if (b.x < step.x - 0.5 || b.x + b.width > step.x + step.width + 0.5) {
                  found.push(`ladder: ${name(t)} is ${b.width.toFixed(1)} wide on a step of ${step.width.toFixed(1)}`);
                }
              }
            }
            const labels = [...svg.querySelectorAll('text.row-label')];
            const limits = [...svg.querySelectorAll('text.row-limit')];
            labels.forEach((label, k) => {
              const a = label.getBBox(), b = limits[k] && limits[k].getBBox();
              if (b && a.y < b.y + b.height && b.y < a.y + a.height && a.x + a.width > b.x - 2 && b.x + b.width > a.x - 2) {
                found.push(`chart: ${name(label)} runs into ${name(limits[k])}`);
              }
            });
          }
          return found;
        }
        """;

    /// <summary>Every text that does not fit, described with its element and sizes; empty when everything fits.</summary>
    public static async Task<IReadOnlyList<string>> MisfitsAsync(IPage page) => await page.EvaluateAsync<string[]>(Script);
}
