using System.Runtime.CompilerServices;
using System.Text;
using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Reporters;

[assembly: UseReporter(typeof(Weinan.Benchmarking.Reporting.Tests.Support.FailOrApproveReporter))]

namespace Weinan.Benchmarking.Reporting.Tests.Support;

/// <summary>
/// Golden files: <c>Approved/&lt;scenario&gt;.approved.&lt;ext&gt;</c> beside the test sources. A mismatch or a missing approved
/// file fails the test and leaves <c>&lt;scenario&gt;.received.&lt;ext&gt;</c> for review; with <c>WBENCH_APPROVE=1</c> the received text is
/// accepted instead. Text is compared with <c>\n</c> newlines.
/// </summary>
internal static class ReportApprovals
{
    public static void Verify(string text, string scenario, string extension, [CallerFilePath] string callerFile = "") =>
        VerifyIn(Path.Combine(Path.GetDirectoryName(callerFile)!, "Approved"), text, scenario, extension);

    /// <summary>As <see cref="Verify"/>, with the golden files in <paramref name="folder"/>.</summary>
    public static void VerifyIn(string folder, string text, string scenario, string extension)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var namer = new ExplicitNamer(folder, scenario);
        Directory.CreateDirectory(namer.SourcePath);
        Approvals.Verify(new Utf8TextWriter(normalized, extension), namer, new FailOrApproveReporter());
    }

    /// <summary>Writes the received text as UTF-8 without a byte-order mark.</summary>
    private sealed class Utf8TextWriter(string text, string extension) : IApprovalWriter
    {
        public string GetApprovalFilename(string baseName) => $"{baseName}.approved.{extension}";

        public string GetReceivedFilename(string baseName) => $"{baseName}.received.{extension}";

        public string WriteReceivedFile(string received)
        {
            File.WriteAllText(received, text, new UTF8Encoding(false));
            return received;
        }
    }

    private sealed class ExplicitNamer(string sourcePath, string name) : IApprovalNamer
    {
        public string SourcePath { get; } = sourcePath;

        public string Name { get; } = name;
    }
}

/// <summary>Never opens a diff tool: fails, unless <c>WBENCH_APPROVE=1</c> asks to accept the received file.</summary>
public sealed class FailOrApproveReporter : IReporterWithApprovalPower
{
    private static bool Approving => Environment.GetEnvironmentVariable("WBENCH_APPROVE") == "1";

    public void Report(string approved, string received)
    {
        if (Approving)
        {
            File.Copy(received, approved, overwrite: true);
        }
    }

    public bool ApprovedWhenReported() => Approving;
}
