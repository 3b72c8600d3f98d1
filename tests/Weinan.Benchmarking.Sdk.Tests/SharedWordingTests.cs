using Weinan.Benchmarking.Sdk.Assessment;

namespace Weinan.Benchmarking.Sdk.Tests;

/// <summary>Texts put together from a catalog's wordings: made once per combination of parts, up to a bound.</summary>
public class SharedWordingTests
{
    [Fact]
    public void Should_Make_A_Combination_Once_And_Tell_Parts_Apart_By_Reference_And_Form()
    {
        // Given
        var wording = new SharedWording(8);
        var name = new LocalizedText("甲醛含量", "Formaldehyde content");
        var reason = new LocalizedText("未达到 1 级", "below grade 1");
        var made = 0;
        LocalizedText Make(LocalizedText[] p)
        {
            made++;
            return new($"{p[0].Zh}（{p[1].Zh}）", $"{p[0].En} ({p[1].En})");
        }

        // When
        var once = wording.Get(SharedWording.Form.NameAndReason, [name, reason], Make);
        var again = wording.Get(SharedWording.Form.NameAndReason, [name, reason], Make);
        var equalButNotSame = wording.Get(SharedWording.Form.NameAndReason, [name, new LocalizedText(reason.Zh, reason.En)], Make);
        var otherForm = wording.Get(SharedWording.Form.Joined, [name, reason], Make);

        // Then
        again.ShouldBeSameAs(once);
        once.Zh.ShouldBe("甲醛含量（未达到 1 级）");
        equalButNotSame.ShouldNotBeSameAs(once);
        otherForm.ShouldNotBeSameAs(once);
        made.ShouldBe(3);
        wording.Remembered.ShouldBe(3);
    }

    [Fact]
    public void Should_Make_Texts_Each_Time_Past_Its_Bound_And_Keep_Sharing_Those_It_Remembers()
    {
        // Given: a bound of 4, reached by 4 combinations
        var wording = new SharedWording(4);
        var parts = Enumerable.Range(0, 6).Select(i => new[] { new LocalizedText($"名称{i}", $"name {i}") }).ToList();
        static LocalizedText Make(LocalizedText[] p) => new(p[0].Zh + "；", p[0].En + "; ");
        var first = parts.Take(4).Select(p => wording.Get(SharedWording.Form.Joined, p, Make)).ToList();

        // When: two more combinations, each asked for twice
        var past = parts.Skip(4).Select(p => (Once: wording.Get(SharedWording.Form.Joined, p, Make), Again: wording.Get(SharedWording.Form.Joined, p, Make))).ToList();

        // Then: no more are remembered; the texts past the bound are right, made anew each time; the first four are still shared
        wording.Remembered.ShouldBe(4);
        past.ShouldAllBe(p => !ReferenceEquals(p.Once, p.Again) && p.Once.Zh == p.Again.Zh && p.Once.En == p.Again.En);
        past[1].Once.Zh.ShouldBe("名称5；");
        parts.Take(4).Select(p => wording.Get(SharedWording.Form.Joined, p, Make)).ShouldBe(first);
        parts.Take(4).Select((p, i) => ReferenceEquals(wording.Get(SharedWording.Form.Joined, p, Make), first[i])).ShouldAllBe(same => same);
    }
}
