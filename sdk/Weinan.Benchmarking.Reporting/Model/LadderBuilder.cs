using System.Globalization;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Reporting.Model;

/// <summary>The ladder a report draws: the result's own rungs (else the default ladder of the contract), plus any rung the result names that it lacks.</summary>
internal sealed class LadderBuilder
{
    private LadderBuilder(List<(string Id, LocalizedText Name, bool Failing)> rungs) => Rungs = rungs;

    public IReadOnlyList<(string Id, LocalizedText Name, bool Failing)> Rungs { get; }

    public static LadderBuilder Resolve(AssessmentResult result)
    {
        var rungs = result.Rules.LadderRungs.Count > 0
            ? result.Rules.LadderRungs.Select(r => (r.Id, r.Name, r.Failing)).ToList()
            : DefaultLadder.Instance.Rungs.Select(r => (r.Id, r.Name, r.Failing)).ToList();
        if (!string.IsNullOrEmpty(result.Level.Rung) && rungs.All(r => r.Id != result.Level.Rung))
        {
            var at = result.Level.Failing ? rungs.Count : rungs.FindIndex(r => r.Failing) is var f and >= 0 ? f : rungs.Count;
            rungs.Insert(at, (result.Level.Rung, result.Level.Name, result.Level.Failing));
        }

        return new LadderBuilder(rungs);
    }

    public string NameOf(string id, string language)
    {
        foreach (var r in Rungs)
        {
            if (r.Id == id)
            {
                return r.Name.For(language);
            }
        }

        return id;
    }

    private int IndexOf(string id)
    {
        for (var k = 0; k < Rungs.Count; k++)
        {
            if (Rungs[k].Id == id)
            {
                return k;
            }
        }

        return -1;
    }

    public LadderView Draw(AssessmentResult result, string language, Func<string?, string> esc)
    {
        const int width = 680, baseY = 200, left = 16, minH = 50, rise = 28;
        var n = Rungs.Count;
        var stepW = (width - (2 * left)) / Math.Max(n, 1);
        var current = IndexOf(result.Level.Rung);
        var indicatorIndex = result.Indicators.Select(i => IndexOf(i.Rung)).ToList();
        var views = new List<RungView>();
        for (var k = 0; k < n; k++)
        {
            var (id, name, failing) = Rungs[k];
            var fromBottom = n - 1 - k;
            var h = minH + (fromBottom * rise);
            var x = left + (fromBottom * stepW);
            var isCurrent = k == current;
            var reached = current >= 0 && !failing && k >= current && !result.Level.Failing;
            var count = failing
                ? indicatorIndex.Count(ix => ix == k)
                : indicatorIndex.Count(ix => ix >= 0 && ix <= k && !Rungs[ix].Failing);
            var css = isCurrent ? (failing ? "current failing" : "current") : reached ? "reached" : failing ? "failing" : "above";
            var lines = Lines(name.For(language)).Select(esc).ToList();
            views.Add(new RungView(esc(id), esc(name.For(language)), isCurrent, reached, failing, count, result.Indicators.Count, css,
                F(x), F(baseY - h), F(stepW - 6), F(h), F(x + ((stepW - 6) / 2m)), lines, F(baseY - h + 22),
                F(baseY - h + 39 + ((lines.Count - 1) * 15)), F(baseY - h - 6)));
        }

        var skipped = result.Level.SkippedRungs.Select(r => (Name: NameOf(r.Rung, language), Reason: r.Reason.For(language))).ToList();
        var text = string.Join(ReportStrings.Pick(language, "；", "; "),
            skipped.Select(r => ReportStrings.Pick(language, $"{r.Name}（{r.Reason}）", $"{r.Name} ({r.Reason})")));
        return new LadderView(width, baseY + 8, views, skipped.Select(r => new SkippedRungView(esc(r.Name), esc(r.Reason))).ToList(), esc(text));
    }

    /// <summary>Splits a long name at the space nearest its middle, so it fits a step.</summary>
    private static IReadOnlyList<string> Lines(string name)
    {
        if (name.Length <= 14 || !name.Contains(' ', StringComparison.Ordinal))
        {
            return [name];
        }

        var best = -1;
        for (var k = 0; k < name.Length; k++)
        {
            if (name[k] == ' ' && (best < 0 || Math.Abs(k - (name.Length / 2)) < Math.Abs(best - (name.Length / 2))))
            {
                best = k;
            }
        }

        return [name[..best], name[(best + 1)..]];
    }

    private static string F(decimal v) => decimal.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
