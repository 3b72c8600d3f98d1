using Spectre.Console.Cli;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Cli.Settings;
using Weinan.Benchmarking.Hosting;
using Weinan.Benchmarking.Reporting;
using Weinan.Benchmarking.Sdk.Json;
using Weinan.Benchmarking.Sdk.Pipeline;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary><c>wbench assess SUBMISSION</c>: assesses a submission and writes a summary, a report or the result JSON.</summary>
public sealed class AssessCommand(CliEnvironment env) : Command<AssessSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, AssessSettings settings, CancellationToken cancellationToken) => Run(settings);

    /// <summary>Runs the assessment <paramref name="settings"/> describe (validated) and returns the exit code.</summary>
    internal int Run(AssessSettings settings)
    {
        var output = new CliOutput(env, settings.Language);
        var request = new AssessmentRequest(settings.Submission, settings.ToOptions(env.Today), settings.Catalogs);

        if (env.Preload is not null)
        {
            // The plugins are loading on another thread: meanwhile, build the validator and run the engine and the output
            // on a small built-in submission, unseen, so that the real one does not wait for their code to be made ready.
            var warm = PipelineWarmUp.Run();
            if (warm is not null && settings.ResolvedFormat == OutputFormat.Summary)
            {
                AssessmentSummary.Write(new CliOutput(new CliEnvironment { Out = TextWriter.Null, Error = TextWriter.Null }, settings.Language), warm, settings.Submission);
            }
            else if (warm is not null && settings.ResolvedFormat == OutputFormat.Json)
            {
                _ = BenchmarkJson.Serialize(warm);
            }
        }

        // Only the plugins that may serve the sector the submission names are loaded; without a sector that can be read
        // at a glance, all are. Should the submission read in full name a sector those plugins do not serve after all,
        // every plugin is loaded and the submission assessed again, as it would have been without the glance. (The
        // glance comes after the warm-up: by then the preload has read its manifests, and the JSON reader is ready.)
        var sector = env.PeekSector(settings.Submission);
        var host = env.LoadPlugins(settings.Plugins, sector);
        try
        {
            if (PluginIssueExit.HasUsageError(host.Issues))
            {
                output.Issues(PluginIssueExit.AsWarnings(host.Issues));
                return ExitCodes.InputError;
            }

            var outcome = SubmissionAssessment.Run(host, request);
            if (outcome.UnknownSector && host.NotLoaded.Count > 0)
            {
                host.Dispose();
                host = env.LoadPlugins(settings.Plugins);
                outcome = SubmissionAssessment.Run(host, request);
            }

            output.Issues(PluginIssueExit.AsWarnings(host.Issues));
            return Write(output, settings, host, outcome);
        }
        finally
        {
            host.Dispose();
        }
    }

    private static int Write(CliOutput output, AssessSettings settings, PluginHost host, AssessmentOutcome outcome)
    {
        output.Issues(outcome.Issues);
        if (outcome.Result is null)
        {
            return outcome.UnknownSector ? PluginIssueExit.ForUnresolvedSector(host) : ExitCodes.InputError;
        }

        var result = outcome.Result;
        // The submission's own warnings, printed above with the rest of the outcome's issues, are in the result too.
        output.Issues([.. result.Issues.Where(i => !outcome.Issues.Contains(i))]);
        var format = settings.ResolvedFormat;
        if (format == OutputFormat.Summary)
        {
            AssessmentSummary.Write(output, result, settings.Submission);
            return Verdict(result);
        }

        string text;
        if (format == OutputFormat.Json)
        {
            text = BenchmarkJson.Serialize(result) + "\n";
        }
        else
        {
            var (renderer, templateIssues) = ReportRenderer.Load(settings.Templates, outcome.Selection?.ReportPartials);
            output.Issues(templateIssues);
            if (renderer is null || templateIssues.Any(i => i.Severity == Severity.Error))
            {
                return ExitCodes.InputError;
            }

            try
            {
                text = renderer.Render(result, format == OutputFormat.Html ? ReportFormat.Html : ReportFormat.Markdown, settings.Language);
            }
            catch (ReportRenderException ex)
            {
                // A customised template that parses but fails at render time (e.g. an unknown variable) is a user error.
                output.Issues([ex.Issue]);
                return ExitCodes.InputError;
            }
        }

        if (settings.Out is null)
        {
            output.Raw(text);
            return Verdict(result);
        }

        if (OutputFile.Write(settings.Out, text, settings.Force) is { } failure)
        {
            output.Issues([failure]);
            return ExitCodes.OutputError;
        }

        var level = output.T(result.Level.Name);
        output.Line(new LocalizedText($"已写入 {settings.Out}（总体水平：{level}）", $"Written {settings.Out} (overall level: {level})"));
        return Verdict(result);
    }

    private static int Verdict(AssessmentResult result) => result.Level.Failing ? ExitCodes.Failed : ExitCodes.Ok;
}
