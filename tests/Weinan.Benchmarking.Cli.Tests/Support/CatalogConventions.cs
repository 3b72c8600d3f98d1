using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Weinan.Benchmarking.Cli.Tests.Support;

/// <summary>
/// What every sector plugin's catalog, samples and README must hold, beyond what catalog validation checks: provenance
/// for every requirement, editions for every standard cited, both languages wherever text is, at least three samples,
/// and a README whose table of standards states the confidence mix the catalog has. Each check returns the problems
/// found, one line each, naming the catalog and the place in it; none found is an empty list.
/// </summary>
internal static partial class CatalogConventions
{
    /// <summary>The confidence tags, in the order the README tables and <c>plugins list --details</c> use.</summary>
    public static readonly string[] Confidences = ["confirmed", "secondary", "derived", "unconfirmed"];

    /// <summary>
    /// Standards a catalog cites whose edition its sources did not name (the catalog says so in the standard's title).
    /// Each is a known gap, listed here so that every other standard must carry an edition; the tests fail once the
    /// edition is recorded, so the entry is removed with it.
    /// </summary>
    public static readonly (string Catalog, string Code)[] EditionsNotNamed = [("metallurgy", "ASTM A706/A706M")];

    private static readonly string[] Placeholders = ["todo", "tbd", "n/a", "na", "none", "unknown", "test", "source", "same", "see above", "-"];

    /// <summary>Provenance of every requirement, standards with editions, and both languages in every bilingual text.</summary>
    public static IReadOnlyList<string> CatalogProblems(JsonObject catalog)
    {
        var problems = new List<string>();
        var id = (string?)catalog["id"] ?? "?";
        var standards = (catalog["standards"]?.AsArray() ?? []).OfType<JsonObject>()
            .GroupBy(s => (string?)s["code"] ?? "").ToDictionary(g => g.Key, g => g.First());
        var requirements = (catalog["requirements"]?.AsArray() ?? []).OfType<JsonObject>().ToList();
        for (var i = 0; i < requirements.Count; i++)
        {
            var requirement = requirements[i];
            var at = $"{id}: requirements[{i}] ({(string?)requirement["id"]})";
            ProvenanceProblems(requirement["provenance"] as JsonObject, at, problems);
            var code = (string?)requirement["standardCode"] ?? "";
            if (!standards.TryGetValue(code, out var standard))
            {
                problems.Add($"{at} cites standard \"{code}\", which the catalog does not list");
            }
            else if (Edition(standard) is null && !EditionsNotNamed.Contains((id, code)))
            {
                problems.Add($"{at} cites standard \"{code}\", which has no edition (editionYear, or a year or revision in its code)");
            }
        }

        foreach (var (kind, label) in new[] { ("indicators", "indicator"), ("productClasses", "product class") })
        {
            foreach (var (item, index) in (catalog[kind]?.AsArray() ?? []).OfType<JsonObject>().Select((x, n) => (x, n)))
            {
                if (item["name"] is not JsonObject)
                {
                    problems.Add($"{id}: {kind}[{index}] ({(string?)item["id"]}) has no name: every {label} is named in zh and en");
                }
            }
        }

        BilingualProblems(catalog, id, "", problems);
        return problems;
    }

    /// <summary>The edition a standard record carries: its <c>editionYear</c>, a year in its code, or a specification's revision letter.</summary>
    public static string? Edition(JsonObject standard)
    {
        if (standard["editionYear"] is JsonValue year && year.TryGetValue<int>(out var y))
        {
            return y.ToString(CultureInfo.InvariantCulture);
        }

        var code = (string?)standard["code"] ?? "";
        var match = YearInCode().Match(code);
        if (match.Success)
        {
            return match.Groups["year"].Value;
        }

        match = RevisionLetter().Match(code);
        return match.Success ? match.Groups["revision"].Value : null;
    }

    private static void ProvenanceProblems(JsonObject? provenance, string at, List<string> problems)
    {
        if (provenance is null)
        {
            problems.Add($"{at} has no provenance");
            return;
        }

        var source = (string?)provenance["source"] ?? "";
        if (string.IsNullOrWhiteSpace(source))
        {
            problems.Add($"{at} has no provenance source");
        }
        else
        {
            foreach (var part in SourceSeparator().Split(source.Trim()))
            {
                if (SourceProblem(part) is { } why)
                {
                    problems.Add($"{at}: source \"{part}\" {why}");
                }
            }
        }

        var confidence = (string?)provenance["confidence"];
        if (confidence is null)
        {
            problems.Add($"{at} has no provenance confidence");
        }
        else if (!Confidences.Contains(confidence))
        {
            problems.Add($"{at} has provenance confidence \"{confidence}\", not one of {string.Join(", ", Confidences)}");
        }

        if (confidence is not "confirmed")
        {
            var note = provenance["note"] as JsonObject;
            if (string.IsNullOrWhiteSpace((string?)note?["zh"]) || !Han().IsMatch((string?)note?["zh"] ?? "") ||
                string.IsNullOrWhiteSpace((string?)note?["en"]))
            {
                problems.Add($"{at} is {confidence ?? "unconfirmed"} but has no note in both zh and en saying why");
            }
        }
    }

    /// <summary>Why a source part is neither an http(s) URL nor a named document; null when it is one of them.</summary>
    private static string? SourceProblem(string part)
    {
        if (part.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || part.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            var url = part.Split(' ', 2)[0];
            return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Contains('.', StringComparison.Ordinal)
                ? null
                : "is not a well-formed http(s) URL";
        }

        if (part.Contains("://", StringComparison.Ordinal) || part.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return "looks like an address but is not an http(s) URL";
        }

        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
        return words < 2 || Placeholders.Contains(part.Trim().ToLowerInvariant())
            ? "is neither an http(s) URL nor a named document"
            : null;
    }

    /// <summary>Every <c>{ "zh": …, "en": … }</c> in the catalog: zh not empty, en not empty and without Chinese outside quotes.</summary>
    private static void BilingualProblems(JsonNode? node, string id, string path, List<string> problems)
    {
        switch (node)
        {
            case JsonObject text when text.ContainsKey("zh") || text.ContainsKey("en"):
                var zh = (string?)text["zh"];
                var en = (string?)text["en"];
                if (string.IsNullOrWhiteSpace(zh))
                {
                    problems.Add($"{id}: {path}.zh is empty");
                }

                if (string.IsNullOrWhiteSpace(en))
                {
                    problems.Add($"{id}: {path}.en is empty");
                }
                else if (Han().IsMatch(QuotedChinese().Replace(en, "")))
                {
                    problems.Add($"{id}: {path}.en has Chinese text outside quotes: \"{en}\"");
                }

                break;
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    BilingualProblems(value, id, path.Length == 0 ? key : $"{path}.{key}", problems);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    BilingualProblems(array[i], id, $"{path}[{i}]", problems);
                }

                break;
        }
    }

    /// <summary>The catalog's sample folder, <c>samples/&lt;sector&gt;/</c>: at least three submissions, each for a sector the catalog serves.</summary>
    public static IReadOnlyList<string> SampleProblems(JsonObject catalog, string samplesRoot)
    {
        var id = (string?)catalog["id"] ?? "?";
        var sectors = (catalog["sectors"]?.AsArray() ?? []).Select(s => (string?)s).OfType<string>().ToList();
        if (sectors.Count == 0)
        {
            return [$"{id}: the catalog names no sector, so it has no sample folder"];
        }

        var folder = Path.Combine(samplesRoot, sectors[0]);
        if (!Directory.Exists(folder))
        {
            return [$"{id}: the sample folder {folder} does not exist"];
        }

        var samples = Directory.GetFiles(folder, "*.json");
        var problems = samples.Length < 3 ? [$"{id}: {folder} has {samples.Length} sample(s); at least three are needed"] : new List<string>();
        foreach (var sample in samples)
        {
            var sector = (string?)JsonNode.Parse(File.ReadAllText(sample))?["sector"];
            if (sector is null || !sectors.Contains(sector))
            {
                problems.Add($"{id}: the sample {sample} is for sector \"{sector}\", which the catalog does not serve");
            }
        }

        return problems;
    }

    /// <summary>
    /// The README's <c>## Standards</c> table: its first column starts with a standard's code as the catalog writes it
    /// (so with its edition), its last column states the confidence mix of that standard's requirements ("4 derived,
    /// 1 confirmed", or "—" for none). Every standard the requirements cite has a row, every row's mix equals the
    /// catalog's, and the bold total line <c>**N requirements: …**</c> equals the catalog's counts.
    /// </summary>
    public static IReadOnlyList<string> ReadmeProblems(JsonObject catalog, string readme)
    {
        var id = (string?)catalog["id"] ?? "?";
        var requirements = (catalog["requirements"]?.AsArray() ?? []).OfType<JsonObject>().ToList();
        var codes = (catalog["standards"]?.AsArray() ?? []).OfType<JsonObject>().Select(s => (string?)s["code"] ?? "").ToList();
        var rows = StandardsTable(readme);
        if (rows is null)
        {
            return [$"{id}: the README has no \"## Standards\" table whose last column is \"Confidence of its limits\""];
        }

        var problems = new List<string>();
        var described = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var code = codes.Where(c => NamesCode(row[0], c)).MaxBy(c => c.Length);
            if (code is null)
            {
                problems.Add($"{id}: the README's standards row \"{row[0]}\" names no standard of the catalog with its edition");
                continue;
            }

            described.Add(code);
            var stated = Mix(row[^1]);
            var actual = MixOf(requirements.Where(r => (string?)r["standardCode"] == code));
            if (stated != actual)
            {
                problems.Add($"{id}: the README states \"{row[^1]}\" for {code}; the catalog has {Describe(actual)}");
            }
        }

        foreach (var code in requirements.Select(r => (string?)r["standardCode"] ?? "").Distinct().Where(c => !described.Contains(c)))
        {
            problems.Add($"{id}: the README's standards table has no row for {code}, which requirements cite");
        }

        var total = TotalLine().Match(readme);
        if (!total.Success)
        {
            problems.Add($"{id}: the README has no total line \"**N requirements: …**\"");
        }
        else if (int.Parse(total.Groups["count"].Value, CultureInfo.InvariantCulture) != requirements.Count ||
                 Mix(total.Groups["mix"].Value) != MixOf(requirements))
        {
            problems.Add($"{id}: the README states \"{total.Value}\"; the catalog has {requirements.Count} requirements: {Describe(MixOf(requirements))}");
        }

        return problems;
    }

    /// <summary>The cells of the table after <c>## Standards</c>, header and separator dropped; null without one.</summary>
    private static List<string[]>? StandardsTable(string readme)
    {
        var lines = readme.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var heading = Array.IndexOf(lines, "## Standards");
        if (heading < 0)
        {
            return null;
        }

        var table = lines.Skip(heading + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToList();
        return table.Count > 2 && table[0][^1] == "Confidence of its limits" ? table.Skip(2).ToList() : null;
    }

    /// <summary>Whether a row's first cell starts with the code, followed by nothing or by something other than more of a code.</summary>
    private static bool NamesCode(string cell, string code) =>
        cell.StartsWith(code, StringComparison.Ordinal) &&
        (cell.Length == code.Length || !(char.IsAsciiLetterOrDigit(cell[code.Length]) || "-:./+".Contains(cell[code.Length], StringComparison.Ordinal)));

    private static string Mix(string text)
    {
        var counts = Confidences.ToDictionary(c => c, _ => 0);
        foreach (Match m in MixPart().Matches(text))
        {
            counts[m.Groups["confidence"].Value] += int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture);
        }

        return string.Join("/", Confidences.Select(c => counts[c]));
    }

    private static string MixOf(IEnumerable<JsonObject> requirements)
    {
        var list = requirements.Select(r => (string?)r["provenance"]?["confidence"]).ToList();
        return string.Join("/", Confidences.Select(c => list.Count(x => x == c)));
    }

    private static string Describe(string mix) =>
        string.Join(", ", mix.Split('/').Zip(Confidences, (n, c) => $"{n} {c}"));

    [GeneratedRegex(@";\s+")]
    private static partial Regex SourceSeparator();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    // A quoted Chinese term inside English, e.g. 'written “澄清”' or '《中国化工贸易》': the quote holds no other quote mark.
    [GeneratedRegex(@"['‘“""「《][^'‘’“”""「」《》]*\p{IsCJKUnifiedIdeographs}[^'‘’“”""「」《》]*['’”""」》]")]
    private static partial Regex QuotedChinese();

    [GeneratedRegex(@"(?:[-:/（(]|\s)(?<year>(?:19|20)\d{2})(?:\b|[）)])")]
    private static partial Regex YearInCode();

    // A US federal specification's revision letter, e.g. O-M-232G.
    [GeneratedRegex(@"^[A-Z]{1,4}-[A-Z]{1,2}-\d+(?<revision>[A-Z])$")]
    private static partial Regex RevisionLetter();

    [GeneratedRegex(@"(?<count>\d+) (?<confidence>confirmed|secondary|derived|unconfirmed)\b")]
    private static partial Regex MixPart();

    [GeneratedRegex(@"\*\*(?<count>\d+) requirements: (?<mix>[^*]+)\*\*")]
    private static partial Regex TotalLine();
}
