using System.Reflection;
using Spectre.Console.Cli;
using Weinan.Benchmarking.Cli.Commands;
using Weinan.Benchmarking.Cli.Settings;
using Weinan.Benchmarking.Cli.Tests.Support;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>
/// A plain <c>assess</c> command line skips the command-line framework (<see cref="AssessCommandLine"/>). Whatever that
/// reader takes, the framework must take too and bind to the same settings; whatever it does not take goes to the
/// framework. Checked on thousands of generated command lines, and end to end on real ones.
/// </summary>
public sealed class AssessCommandLineTests
{
    private const string Date = "2026-11-27";

    private static readonly string Infant = TestPaths.TextilesSample("infant-bodysuit");

    [Fact]
    public void Should_KnowEveryOptionOfTheAssessCommand_ByEveryName_AndNoOther()
    {
        var options = typeof(AssessSettings).GetProperties()
            .Select(p => (Property: p, Option: p.GetCustomAttribute<CommandOptionAttribute>()))
            .Where(o => o.Option is not null)
            .ToList();
        IEnumerable<string> Names(Func<PropertyInfo, CommandOptionAttribute, bool> kind) => options
            .Where(o => kind(o.Property, o.Option!))
            .SelectMany(o => o.Option!.LongNames.Select(n => "--" + n).Concat(o.Option.ShortNames.Select(n => "-" + n)))
            .Order(StringComparer.Ordinal);

        AssessCommandLine.SingleValueOptions.Order(StringComparer.Ordinal)
            .ShouldBe(Names((p, o) => o.ValueName is not null && !p.PropertyType.IsArray));
        AssessCommandLine.RepeatableOptions.Order(StringComparer.Ordinal).ShouldBe(Names((p, _) => p.PropertyType.IsArray));
        AssessCommandLine.Flags.Order(StringComparer.Ordinal).ShouldBe(Names((p, o) => o.ValueName is null && !p.PropertyType.IsArray));
    }

    [Theory]
    [InlineData(true, "assess", "s.json")]
    [InlineData(true, "assess", "my sample.json", "--format", "json", "--lang", "en", "--date", Date)]
    [InlineData(true, "assess", "--out", "r.md", "s.json", "-f", "--catalog", "a.json", "--catalog", "b.json")]
    [InlineData(false, "assess", "-f", "s.json")]
    [InlineData(true, "assess", "s.json", "--force")]
    [InlineData(false, "assess")]
    [InlineData(false, "assess", "s.json", "--help")]
    [InlineData(false, "assess", "s.json", "--format=json")]
    [InlineData(false, "assess", "s.json", "--format", "pdf")]
    [InlineData(false, "assess", "s.json", "--date", "2026-13-01")]
    [InlineData(false, "assess", "s.json", "--lang", "en", "--lang", "en")]
    [InlineData(false, "assess", "s.json", "--force", "true")]
    [InlineData(false, "assess", "s.json", "--out")]
    [InlineData(false, "assess", "s.json", "t.json")]
    [InlineData(false, "assess", "s.json", "--decision-rul", "guard-band")]
    [InlineData(false, "assess", "s.json", "--", "x")]
    [InlineData(false, "assess", "")]
    [InlineData(false, "standards", "s.json")]
    public void Should_TakeOnlyAPlainValidCommandLine(bool taken, params string[] args) =>
        (AssessCommandLine.TryRead(args) is not null).ShouldBe(taken);

    [Fact]
    public void Should_BindWhatItTakes_AsTheCommandLineFrameworkBindsIt()
    {
        var random = new Random(20261127);
        var taken = 0;
        const int lines = 3000;
        for (var i = 0; i < lines; i++)
        {
            var args = CommandLine(random);
            if (AssessCommandLine.TryRead(args) is not { } direct)
            {
                continue;
            }

            taken++;
            var (executed, bound) = Framework(args);
            var line = string.Join(" ", args.Select(a => $"«{a}»"));
            executed.ShouldBeTrue(line);
            foreach (var property in typeof(AssessSettings).GetProperties().Where(IsParameter))
            {
                Value(property, bound.ShouldNotBeNull(line)).ShouldBe(Value(property, direct), $"{property.Name}: {line}");
            }
        }

        // The generator is worth its name only if it makes both kinds of command line often.
        taken.ShouldBeInRange(lines / 10, lines * 9 / 10);
    }

    [Theory]
    [InlineData("--format", "json")]
    [InlineData("--format", "md", "--lang", "en", "--method", "rounded")]
    [InlineData("--decision-rule", "guard-band", "--guard-band", "1.5", "--target-tier", "nope")]
    [InlineData("--out", "report.html", "-f")]
    [InlineData("--catalog", "missing.json", "--plugins", "missing-folder")]
    [InlineData("--lang", "en")]
    public void Should_PrintAndWriteTheSame_With_OrWithoutTheFramework(params string[] options)
    {
        using var temp = new TempDirectory();
        var outputs = new List<string>();
        foreach (var direct in new[] { true, false })
        {
            var args = (string[])["assess", Infant, "--date", Date, .. options.Select(o => o == "report.html" ? Path.Combine(temp.Path, o) : o)];
            AssessCommandLine.TryRead(args).ShouldNotBeNull();
            var run = Wbench.Run(TestPaths.CliOutput, new WbenchSetup(Direct: direct), args);
            var report = Path.Combine(temp.Path, "report.html");
            outputs.Add($"{run.ExitCode}\n{run.Out}\n{run.Error}\n{(File.Exists(report) ? File.ReadAllText(report) : "")}");
            File.Delete(report);
        }

        outputs[0].ShouldBe(outputs[1]);
    }

    private static bool IsParameter(PropertyInfo property) =>
        property.GetCustomAttribute<CommandOptionAttribute>() is not null || property.GetCustomAttribute<CommandArgumentAttribute>() is not null;

    private static string Value(PropertyInfo property, AssessSettings settings) => property.GetValue(settings) switch
    {
        string[] values => "[" + string.Join("|", values) + "]",
        var value => value?.ToString() ?? "(null)",
    };

    /// <summary>Runs the command line through the framework, in a folder without plugins: whether the command ran, and its settings.</summary>
    private static (bool Executed, AssessSettings? Settings) Framework(string[] args)
    {
        var capture = new Capture();
        var env = new CliEnvironment
        {
            Console = new Spectre.Console.Testing.TestConsole(),
            ErrorConsole = new Spectre.Console.Testing.TestConsole(),
            Out = TextWriter.Null,
            Error = TextWriter.Null,
            BaseDirectory = Wbench.Bare,
            GetVariable = _ => null,
        };
        var app = WbenchApp.Create(env);
        app.Configure(config => config.Settings.Registrar.RegisterInstance<ICommandInterceptor>(capture));
        app.Run(args);
        return (capture.Executed, capture.Settings as AssessSettings);
    }

    /// <summary>
    /// A random <c>assess</c> command line, in random order: half of them from plain pieces (a submission, options with
    /// valid values, each once), the others from plain and awkward ones alike.
    /// </summary>
    private static string[] CommandLine(Random random)
    {
        string Pick(params string[] values) => values[random.Next(values.Length)];
        var plain = random.Next(2) == 0;
        var pieces = new List<string[]>();
        if (plain)
        {
            pieces.Add([Pick("s.json", "my sample.json", "a=b.json", "c:d.json", "ü.json")]);
            foreach (var option in Enumerable.Range(0, 13).Where(_ => random.Next(3) == 0))
            {
                pieces.Add(option switch
                {
                    0 => ["--format", Pick("json", "html", "md", "HTML", "markdown")],
                    1 => [Pick("-o", "--out"), Pick("r.html", "r.json", "r.md")],
                    2 => ["--method", Pick("absolute", "rounded", "ROUNDED")],
                    3 => ["--decision-rule", Pick("simple", "guard-band", "non-binary", "Guard-Band")],
                    4 => ["--guard-band", Pick("1", "1.5", "0")],
                    5 => ["--target-tier", Pick("leading", "A", " ")],
                    6 => ["--date", Date],
                    7 => ["--templates", Pick("t", "my templates")],
                    8 => ["--catalog", Pick("c1.json", "c2.json")],
                    9 => ["--catalog", "c3.json"],
                    10 => ["--plugins", Pick("p1", "p2")],
                    11 => ["--lang", Pick("en", "zh-CN", "zh", "EN")],
                    _ => ["--plugins", "p3"],
                });
            }

            // A flag goes last, where the framework cannot take a value for it.
            return ["assess", .. pieces.OrderBy(_ => random.Next()).SelectMany(p => p), .. random.Next(3) == 0 ? new[] { Pick("-f", "--force") } : []];
        }

        for (var n = random.Next(0, 3); n > 0; n--)
        {
            pieces.Add([Pick("s.json", "my sample.json", "a=b.json", "", "-", "-1", "--", "\"q.json\"")]);
        }

        for (var n = random.Next(0, 6); n > 0; n--)
        {
            pieces.Add(random.Next(22) switch
            {
                0 => ["--format", Pick("json", "html", "md", "pdf", "")],
                1 => [Pick("-o", "--out"), Pick("r.html", "-x", "")],
                2 => [Pick("--out=r.html", "--format=json", "-o:r.md", "--date:2026-01-01")],
                3 => [Pick("-f", "--force")],
                4 => [Pick("-f", "--force"), Pick("true", "false", "True", "yes", "1")],
                5 => ["--method", Pick("absolute", "exact")],
                6 => ["--decision-rule", Pick("simple", "strict")],
                7 => ["--guard-band", Pick("1", "-1", "1e25", "x")],
                8 => ["--target-tier", "leading"],
                9 => ["--date", Pick(Date, "2026-13-01", "27.11.2026", "")],
                10 => ["--templates", "t"],
                11 => ["--catalog", "c1.json"],
                12 => ["--plugins", "p1"],
                13 => ["--lang", Pick("en", "fr")],
                14 => ["--bogus", "x"],
                15 => ["--Format", "json"],
                16 => [Pick("-h", "--help", "-?", "-v", "--version")],
                17 => [Pick("--format", "--lang", "--out", "--date")],
                18 => ["-fo", "r.md"],
                19 => [Pick("--lang", "--format", "--method"), Pick("en", "json", "rounded")],
                _ => ["--date", Date],
            });
        }

        return ["assess", .. pieces.OrderBy(_ => random.Next()).SelectMany(p => p)];
    }

    /// <summary>Records the settings the framework bound, and whether the command ran.</summary>
    private sealed class Capture : ICommandInterceptor
    {
        public CommandSettings? Settings { get; private set; }

        public bool Executed { get; private set; }

        public void Intercept(CommandContext context, CommandSettings settings) => Settings = settings;

        public void InterceptResult(CommandContext context, CommandSettings settings, ref int result) => Executed = true;
    }
}
