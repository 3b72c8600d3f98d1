using System.Collections.Concurrent;
using System.Text;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Reporting;
using Weinan.Benchmarking.Sdk.Pipeline;

namespace Weinan.Benchmarking.Batch.Sinks;

/// <summary>
/// Writes an HTML report per assessed row into a folder (<c>wbench batch --reports</c>), named by
/// <see cref="ReportFileNames"/>. It is a <see cref="IConcurrentSink"/>: reports are rendered on the assessing threads,
/// in parallel, each thread with its own <see cref="ReportRenderer"/> per sector catalog (with the catalog's report
/// partials), so rendering shares nothing between threads and the ordered sinks never wait for it. A report that cannot
/// be rendered or written is an issue; the batch goes on.
/// </summary>
public sealed class ReportWriter : IConcurrentSink, IDisposable
{
    /// <summary>The most issues kept; further failures are counted only.</summary>
    public const int IssueLimit = 100;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _folder;
    private readonly string _language;
    private readonly bool _ready;
    private readonly ThreadLocal<Dictionary<SectorCatalog, ReportRenderer?>> _renderers = new(() => []);
    private readonly ConcurrentDictionary<SectorCatalog, bool> _loadReported = new();
    private readonly ConcurrentQueue<Issue> _issues = new();
    private long _written;
    private long _failed;

    /// <summary>A writer of reports into <paramref name="folder"/> (created if missing) in <paramref name="language"/>.</summary>
    public ReportWriter(string folder, string language)
    {
        ArgumentNullException.ThrowIfNull(folder);
        _folder = folder;
        _language = language;
        try
        {
            Directory.CreateDirectory(folder);
            _ready = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            Fail(new Issue
            {
                Code = IssueCodes.BatchReportFailed,
                File = folder,
                Message = new($"无法创建报告文件夹 {folder}，未写报告。", $"Cannot create the reports folder {folder}; no reports were written."),
            });
        }
    }

    /// <summary>Reports written so far.</summary>
    public long Written => Interlocked.Read(ref _written);

    /// <summary>Assessed rows whose report was not written.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Why reports were not written (at most <see cref="IssueLimit"/>).</summary>
    public IReadOnlyList<Issue> Issues => [.. _issues];

    /// <inheritdoc />
    public void Write(BatchItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item is not { Result: { } result, Catalog: { } catalog })
        {
            return;
        }

        if (!_ready || Renderer(catalog) is not { } renderer)
        {
            Interlocked.Increment(ref _failed);
            return;
        }

        var path = Path.Combine(_folder, ReportFileNames.For(item));
        try
        {
            File.WriteAllText(path, renderer.Render(result, ReportFormat.Html, _language), Utf8);
            Interlocked.Increment(ref _written);
        }
        catch (ReportRenderException ex)
        {
            Interlocked.Increment(ref _failed);
            Fail(ex.Issue with { File = item.Row.File, Line = item.Row.Row > 0 ? item.Row.Row : null });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Interlocked.Increment(ref _failed);
            Fail(new Issue
            {
                Code = IssueCodes.BatchReportFailed,
                File = path,
                Message = new($"无法写入报告 {path}。", $"Cannot write the report {path}."),
            });
        }
    }

    /// <inheritdoc />
    public void Dispose() => _renderers.Dispose();

    /// <summary>This thread's renderer for a catalog; null when its templates do not load (reported once).</summary>
    private ReportRenderer? Renderer(SectorCatalog catalog)
    {
        var renderers = _renderers.Value!;
        if (!renderers.TryGetValue(catalog, out var renderer))
        {
            var (loaded, issues) = ReportRenderer.Load(null, catalog.ReportPartials);
            renderer = loaded;
            renderers.Add(catalog, renderer);
            if (_loadReported.TryAdd(catalog, true))
            {
                foreach (var issue in issues.Where(i => i.Severity == Severity.Error))
                {
                    Fail(issue);
                }
            }
        }

        return renderer;
    }

    private void Fail(Issue issue)
    {
        if (_issues.Count < IssueLimit)
        {
            _issues.Enqueue(issue);
        }
    }
}
