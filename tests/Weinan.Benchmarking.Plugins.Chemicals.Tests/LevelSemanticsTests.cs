using System.Globalization;

namespace Weinan.Benchmarking.Plugins.Chemicals.Tests;

/// <summary>The level at the top of a methanol report is true of every judgement beneath it, over many perturbed samples.</summary>
public class LevelSemanticsTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Should_Print_Only_Levels_That_Every_Judgement_Beneath_Bears_Out(int seed)
    {
        var random = new Random(seed);
        var ladder = DefaultLadder.Instance.Rungs.Select(r => r.Id).ToList();
        for (var n = 0; n < 150; n++)
        {
            var sample = ChemicalsFixture.Sample(ChemicalsFixture.SampleNames[random.Next(ChemicalsFixture.SampleNames.Length)]);
            var result = ChemicalsFixture.Assess(sample with { Results = [.. sample.Results.Select(r => Perturb(r, random))] });
            var judgements = result.Indicators.SelectMany(i => i.Judgements).ToList();
            var failed = judgements.Where(j => j.Verdict is Verdict.Fail or Verdict.ConditionalFail).ToList();
            var index = ladder.IndexOf(result.Level.Rung);

            if (result.Level.Determined && !result.Level.Failing)
            {
                failed.ShouldNotContain(j => j.Binding, $"seed {seed} case {n}: {result.Level.Rung} with a failing binding judgement");
            }

            if (index >= 0 && index <= ladder.IndexOf(DefaultLadder.InternationalAdvanced))
            {
                failed.ShouldNotContain(j => j.Role == JudgementRole.Applicable && j.Requirement.Tier == StandardTier.ForeignAdvanced,
                    $"seed {seed} case {n}: {result.Level.Rung} with a failing foreign-advanced judgement");
            }

            if (result.Level.Failing)
            {
                failed.ShouldContain(j => j.Binding, $"seed {seed} case {n}: failing without a failing binding judgement");
            }
        }
    }

    private static MeasuredResult Perturb(MeasuredResult r, Random random)
    {
        if (!decimal.TryParse(r.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v))
        {
            return r;
        }

        var factor = 0.5m + (random.Next(0, 200) / 100m);
        return r with { Value = (v * factor).ToString(CultureInfo.InvariantCulture), Evidence = (EvidenceGrade)random.Next(0, 4) };
    }
}
