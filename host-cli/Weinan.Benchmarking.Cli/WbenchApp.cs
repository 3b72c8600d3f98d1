using System.Reflection;
using Spectre.Console;
using Spectre.Console.Cli;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Cli.Commands;
using Weinan.Benchmarking.Cli.Output;

namespace Weinan.Benchmarking.Cli;

/// <summary>Composes the <c>wbench</c> command line: commands, descriptions, examples and error handling.</summary>
public static class WbenchApp
{
    /// <summary>The command name.</summary>
    public const string Name = "wbench";

    /// <summary>The version of wbench, e.g. <c>0.1.0</c>.</summary>
    public static string Version { get; } = typeof(WbenchApp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>Runs <c>wbench</c> with <paramref name="args"/> in <paramref name="env"/> and returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, CliEnvironment env) => Run(args, env, direct: true);

    /// <summary>
    /// Runs <c>wbench</c>; with <paramref name="direct"/>, a plain <c>assess</c> command line skips the command-line
    /// framework (<see cref="AssessCommandLine"/>), with the same outcome.
    /// </summary>
    internal static int Run(IReadOnlyList<string> args, CliEnvironment env, bool direct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(env);
        var language = CliLanguage.FromArguments(args);
        if (direct && AssessCommandLine.TryRead(args) is { } assess)
        {
            try
            {
                return new AssessCommand(env).Run(assess);
            }
            catch (Exception ex)
            {
                // As the framework hands a command's exception to its handler.
                return HandleException(ex, env, language);
            }
        }

        return Create(env, language, args).Run(args);
    }

    /// <summary>Builds the command app for an environment; <paramref name="language"/> words usage errors.</summary>
    public static CommandApp Create(CliEnvironment env, string language = CliLanguage.Chinese) => Create(env, language, args: null);

    /// <summary>
    /// Builds the command app that is to run <paramref name="args"/>: should the parser turn away the word after the
    /// name of a command group that runs a command by default, the usage error names the real culprit
    /// (<see cref="DefaultCommandError"/>); an option missing its value is reported as such (<see cref="MissingValue"/>);
    /// and a command group's subcommand named after the group is that subcommand's command line, which the group's
    /// default command is not tried for. Unless <paramref name="strict"/>, it parses relaxed and checks nothing.
    /// </summary>
    private static CommandApp Create(CliEnvironment env, string language, IReadOnlyList<string>? args, bool strict = true)
    {
        // The command groups that run a command of their own when none of their subcommands is named.
        var defaulted = new HashSet<string>(StringComparer.Ordinal);
        var app = new CommandApp();
        app.Configure(config =>
        {
            void AddBranchWithDefault<TDefault>(string name, Action<IConfigurator<CommandSettings>> describe, params Subcommand[] subcommands)
                where TDefault : class, ICommandLimiter<CommandSettings>
            {
                defaulted.Add(name);
                config.AddBranch(name, branch =>
                {
                    // The parser would try a line that does not parse with the default command put in before the
                    // subcommand: `batch template a b` would read "template", "a" and "b" as a batch's inputs.
                    if (args is not [var group, var next, ..] || group != name || !subcommands.Any(s => s.Name == next))
                    {
                        branch.SetDefaultCommand<TDefault>();
                    }

                    describe(branch);
                    foreach (var subcommand in subcommands)
                    {
                        subcommand.Add(branch);
                    }
                });
            }

            config.SetApplicationName(Name);
            config.SetApplicationVersion(Version);
            if (strict)
            {
                config.UseStrictParsing();
                config.SetInterceptor(new StrictArguments());
            }

            config.ConfigureConsole(env.Console);
            config.Settings.Registrar.RegisterInstance(env);
            config.SetExceptionHandler((ex, _) => HandleException(
                args is null ? ex : HiddenMissingValue(ex, args) ?? DefaultCommandError(ex, args, defaulted) ?? ex, env, language));
            config.SetHelpProvider(new BranchHelpProvider(config.Settings));

            config.AddCommand<AssessCommand>("assess")
                .WithDescription("评价一份提交并输出摘要、报告或结果 JSON / Assess a submission and write a summary, a report or the result JSON")
                .WithExample("assess", "samples/textiles/infant-bodysuit.json")
                .WithExample("assess", "samples/textiles/infant-bodysuit.json", "--format", "html", "--out", "report.html")
                .WithExample("assess", "submission.json", "--format", "json", "--lang", "en", "--method", "rounded", "--date", "2025-06-30")
                .WithExample("assess", "submission.json", "--decision-rule", "guard-band", "--guard-band", "1", "--catalog", "extra-limits.json");

            // The run is the branch's default command, so `batch INPUT… --out DIR` and `batch template …` both parse; a
            // first argument named "template" is the subcommand (write ./template as the input to read such a file).
            AddBranchWithDefault<BatchCommand>("batch", batch =>
            {
                batch.SetDescription("批量评价表格、JSONL 或文件夹中的提交，输出结果、拒收行和汇总 / Assess the submissions of workbooks, CSV, JSONL or folders; write results, rejected rows and summaries");
                batch.AddExample("batch", "samples/batch/intake.xlsx", "--out", "out");
                batch.AddExample("batch", "submissions.jsonl", "more.csv", "--out", "out", "--lang", "en");
            },
            Subcommand.Of<BatchTemplateCommand>("template", template => template
                .WithDescription("写出企业填报用的 Excel 模板：每个产品一行，每项指标一列，附逐列说明和下拉列表 / Write the intake workbook for enterprises: one row per product, a column per indicator, an explanation sheet and drop-down lists")
                .WithExample("batch", "template", "--sector", "textiles", "--out", "textiles-intake.xlsx")
                .WithExample("batch", "template", "--sector", "food", "--sector", "chemicals", "--out", "intake.xlsx", "--lang", "en")));

            config.AddBranch("samples", samples =>
            {
                samples.SetDescription("生成演示和压力测试用的批量数据 / Generate batches for demonstrations and load tests");
                samples.AddCommand<GenerateSamplesCommand>("generate")
                    .WithDescription("按种子生成逼真的批量提交（各行业、渭南 11 个县市区、产业集群、有效和无效的信用代码、一定比例的问题行）/ Generate realistic submissions from a seed (sectors, Weinan's 11 counties and districts, clusters, valid and invalid credit codes, a share of bad rows)")
                    .WithExample("samples", "generate", "--count", "10000", "--seed", "42", "--out", "batch.jsonl")
                    .WithExample("samples", "generate", "--count", "500", "--seed", "7", "--bad-share", "0.1", "--sector", "food", "--period", "2026-H1", "--out", "food.xlsx");
            });

            config.AddCommand<LeadersCommand>("leaders")
                .WithDescription("对品类中声明的企业标准按覆盖率和先进性排名，标出“领跑者”候选 / Rank the enterprise standards declared in a product category by coverage and advancement and flag top-runner candidates")
                .WithExample("leaders", "submissions.jsonl", "--category", "apparel", "--period", "2026")
                .WithExample("leaders", "samples/batch/intake.xlsx", "--category", "apparel", "--top", "10", "--format", "csv", "--out", "leaders.csv", "--lang", "en");

            config.AddCommand<HistoryCommand>("history")
                .WithDescription("从评价结果库查看企业各产品历期的指标与等级变化 / Show an enterprise's products across periods from the store, indicator by indicator")
                .WithExample("history", "91610503MA6Y4R2N50", "--db", "out/wbench.db")
                .WithExample("history", "91610503MA6Y4R2N50", "--db", "out/wbench.db", "--lang", "en");

            config.AddCommand<CompareCommand>("compare")
                .WithDescription("比较两个报告期全市的等级分布与指标变化 / Compare the city's levels and indicators between two periods")
                .WithExample("compare", "--db", "out/wbench.db")
                .WithExample("compare", "--period", "2025", "--period", "2026", "--db", "out/wbench.db")
                .WithExample("compare", "--period", "2026-H1", "--period", "2026-H2", "--by", "county", "--lang", "en");

            AddBranchWithDefault<ListPluginsCommand>("plugins",
                plugins => plugins.SetDescription("查看和检查行业插件（默认 list）/ List and check sector plugins (default: list)"),
                Subcommand.Of<ListPluginsCommand>("list", list => list
                    .WithDescription("列出已加载的插件及加载失败的问题 / List the plugins loaded and the issues of those skipped")
                    .WithExample("plugins", "list")
                    .WithExample("plugins", "list", "--details")
                    .WithExample("plugins", "list", "--plugins", "./my-plugins", "--lang", "en")),
                Subcommand.Of<CheckPluginCommand>("check", check => check
                    .WithDescription("检查插件（文件夹、源代码项目、dll 或标识）或目录 JSON，列出全部问题 / Check a plugin (folder, source project, dll or id) or a catalog JSON and list every issue")
                    .WithExample("plugins", "check", "plugins/Weinan.Benchmarking.Plugins.Textiles")
                    .WithExample("plugins", "check", "chemicals")
                    .WithExample("plugins", "check", "my-catalog.json", "--lang", "en")));

            config.AddCommand<ListIndicatorsCommand>("indicators")
                .WithDescription("列出行业目录中的指标 / List the indicators of the sector catalogs")
                .WithExample("indicators")
                .WithExample("indicators", "--sector", "textiles", "--lang", "en");

            config.AddCommand<ListStandardsCommand>("standards")
                .WithDescription("列出标准版本、层级、效力、状态和代替关系 / List standard editions with tier, force, status and superseded-by")
                .WithExample("standards", "--sector", "textiles")
                .WithExample("standards", "--sector", "textiles", "--date", "2025-01-01", "--lang", "en");

            AddBranchWithDefault<ExportTemplatesCommand>("templates",
                templates => templates.SetDescription("报告模板 / Report templates"),
                Subcommand.Of<ExportTemplatesCommand>("export", export => export
                    .WithDescription("导出默认报告模板以便定制 / Export the default report templates to customise")
                    .WithExample("templates", "export", "my-templates")
                    .WithExample("templates", "export", "my-templates", "--force")));
        });
        return app;
    }

    /// <summary>A subcommand of a command group, named once: the group adds it and knows it by that name.</summary>
    /// <param name="Name">The subcommand's name.</param>
    /// <param name="Add">Adds the subcommand, with its description and examples, to the group.</param>
    private sealed record Subcommand(string Name, Action<IConfigurator<CommandSettings>> Add)
    {
        public static Subcommand Of<TCommand>(string name, Action<ICommandConfigurator> describe)
            where TCommand : class, ICommandLimiter<CommandSettings> =>
            new(name, group => describe(group.AddCommand<TCommand>(name)));
    }

    /// <summary>The name the parser gives a command group's default command; it answers to it on the command line.</summary>
    internal const string DefaultCommandName = "__default_command";

    /// <summary>
    /// The usage error of the default command of the group that <paramref name="args"/> start with, when the parser
    /// turned away the word after the group name instead; otherwise null.
    /// </summary>
    /// <remarks>
    /// When a command line does not parse, the parser tries it again with the group's default command put in at each
    /// place and, should every try fail, reports the failure of the command line as given. There the word after the
    /// group is neither one of its subcommands nor an option of its own, so <c>batch INPUT --bogus</c> was "unknown
    /// command 'INPUT'" and <c>plugins --details --bogus</c> "unknown option --details". Such a word can only be meant
    /// for the default command, so the command line is parsed once more with the default command named before it; that
    /// turns away the real culprit (<c>--bogus</c>). This second run checks the command line as a run does
    /// (<see cref="StrictArguments"/>, an option missing its value included: <c>batch INPUT --out DIR --parallel</c>
    /// names <c>--parallel</c>) and stops before any command runs (<see cref="ParseOnly"/>).
    /// </remarks>
    private static Exception? DefaultCommandError(Exception ex, IReadOnlyList<string> args, IReadOnlySet<string> defaulted)
    {
        if (ex is not CommandParseException || args.Count < 2 || !defaulted.Contains(args[0]))
        {
            return null;
        }

        var next = args[1];
        var turnedAway = UsageErrors.UnknownCommandIn(ex.Message) == next ||
                         (next.StartsWith('-') && next is not ("--" or "-h" or "-?" or "--help"));
        if (!turnedAway)
        {
            return null;
        }

        var error = ParseOnly.Run([args[0], DefaultCommandName, .. args.Skip(1)], strict: true);
        return error is CommandParseException or UsageException && !error.Message.Contains(DefaultCommandName, StringComparison.Ordinal)
            ? error
            : null;
    }

    /// <summary>
    /// The usage error for an option in <paramref name="line"/> given without its value (<c>assess a.json --date</c>,
    /// <c>--date --lang en</c>), naming the option as written; null when no option is missing its value.
    /// </summary>
    /// <remarks>
    /// A command line that does not parse is tried again with a command group's default command put in at each place
    /// (see <see cref="DefaultCommandError"/>), and an option missing its value takes that name as its value: the line
    /// parses, and what follows turns away the name (<c>Invalid value '__default_command' for --date</c>), a missing
    /// argument instead, or nothing at all. Parsed without those tries (relaxed parsing tries no other places; it refuses
    /// a missing value as strict parsing does), the line ends in the parser's own "no value" error.
    /// </remarks>
    internal static UsageException? MissingValue(IReadOnlyList<string> line)
    {
        if (ParseOnly.Run(line, strict: false) is not CommandParseException error || UsageErrors.MissingValueIn(error.Message) is not { } option)
        {
            return null;
        }

        // The parser names the option by its long name; the line may have the short one (-o). An option before "--"
        // with no value after it is the one.
        var names = OptionNames.Value[option].DefaultIfEmpty(option).ToList();
        var written = line.TakeWhile(a => a != "--")
            .Where((a, i) => names.Contains(a, StringComparer.Ordinal) && (i + 1 == line.Count || line[i + 1].StartsWith('-')))
            .FirstOrDefault();
        return new UsageException(UsageErrors.NeedsValue(written ?? option));
    }

    /// <summary>The names each option of every command is written with, by each of them (<c>--out</c>: <c>--out</c>, <c>-o</c>).</summary>
    private static readonly Lazy<ILookup<string, string>> OptionNames = new(() => typeof(WbenchApp).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(CommandSettings)))
        .SelectMany(t => t.GetProperties())
        .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
        .OfType<CommandOptionAttribute>()
        .Select(StrictArguments.Names)
        .SelectMany(names => names.SelectMany(name => names.Select(other => (Name: name, Other: other))))
        .Distinct()
        .ToLookup(x => x.Name, x => x.Other, StringComparer.Ordinal));

    /// <summary>
    /// The missing value behind <paramref name="ex"/>, an error of binding or checking the options of
    /// <paramref name="line"/> that the parser let through by filling the value in (<see cref="MissingValue"/>); otherwise null.
    /// </summary>
    private static UsageException? HiddenMissingValue(Exception ex, IReadOnlyList<string> line) =>
        ex is CommandAppException and not CommandParseException ? MissingValue(line) : null;

    /// <summary>An environment that shows nothing, for parsing a command line again.</summary>
    private static CliEnvironment Quiet => new()
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) }),
        ErrorConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) }),
        Out = TextWriter.Null,
        Error = TextWriter.Null,
        GetVariable = _ => null,
    };

    /// <summary>Checks a command line that parsed as a run does, then stops it before its command runs.</summary>
    private sealed class ParseOnly(ICommandInterceptor? check) : ICommandInterceptor
    {
        /// <summary>
        /// Parses <paramref name="line"/> quietly, strictly and checked as a run is (a missing value found as
        /// <see cref="HiddenMissingValue"/> does) or relaxed and unchecked, and returns the exception it ends in: the
        /// usage error, or the one that stops it once parsed.
        /// </summary>
        public static Exception? Run(IReadOnlyList<string> line, bool strict)
        {
            Exception? error = null;
            var app = Create(Quiet, CliLanguage.Chinese, args: null, strict: false);
            app.Configure(config =>
            {
                config.Settings.StrictParsing = strict;
                config.SetInterceptor(new ParseOnly(strict ? new StrictArguments() : null));
                config.SetExceptionHandler((e, _) =>
                {
                    error = strict ? HiddenMissingValue(e, line) ?? e : e;
                    return ExitCodes.InputError;
                });
            });
            app.Run(line);
            return error;
        }

        public void Intercept(CommandContext context, CommandSettings settings)
        {
            check?.Intercept(context, settings);
            throw new OperationCanceledException("Parsed only: no command runs.");
        }

        public void InterceptResult(CommandContext context, CommandSettings settings, ref int result)
        {
        }
    }

    private static int HandleException(Exception ex, CliEnvironment env, string language)
    {
        var output = new CliOutput(env, language);
        if (UsageError(ex, language) is { } usage)
        {
            output.IssueLine(usage);
            return ExitCodes.InputError;
        }

        output.Issues([new Issue
        {
            Code = IssueCodes.InternalError,
            Message = new($"内部错误：{ex.GetType().Name}: {ex.Message}", $"Internal error: {ex.GetType().Name}: {ex.Message}"),
        }]);
        if (env.GetVariable("WBENCH_DEBUG") is "1" or "true")
        {
            env.Error.WriteLine(ex.ToString());
        }

        return ExitCodes.InternalError;
    }

    /// <summary>The issue line of a usage error, or null when the exception is a bug.</summary>
    private static string? UsageError(Exception ex, string language)
    {
        switch (ex)
        {
            case UsageException usage:
                return IssueText.Format(UsageErrors.Issue(usage.Text), language);
            case CommandAppException:
                // Option validation is already worded as an issue line; the parser's English messages are worded anew.
                var message = ex.Message.Trim();
                return message.StartsWith(IssueText.SeverityWord(Severity.Error, language) + " WB", StringComparison.Ordinal)
                    ? message
                    : IssueText.Format(UsageErrors.Issue(UsageErrors.FromParser(message)), language);
            default:
                // Odd tokens can make the parser itself fail (e.g. "--=x"): the command line is at fault, not wbench.
                return ThrownByParser(ex) ? IssueText.Format(UsageErrors.Issue(UsageErrors.CannotParse), language) : null;
        }
    }

    /// <summary>Whether the innermost frame of the parser's or of this program's code that the exception passed is the parser's.</summary>
    private static bool ThrownByParser(Exception ex)
    {
        var parser = typeof(CommandApp).Assembly;
        var first = new System.Diagnostics.StackTrace(ex).GetFrames()
            .Select(f => f.GetMethod()?.DeclaringType?.Assembly)
            .FirstOrDefault(a => a == parser || a?.GetName().Name?.StartsWith("Weinan.", StringComparison.Ordinal) == true);
        return first == parser;
    }
}
