using Weinan.Benchmarking.Hosting;

// Writes plugin-manifest.json into each plugin folder given. A plugin that does not load without an issue gets none
// (the host then loads it the slow way), and that is not a build error: `wbench plugins check` lists the issues.
foreach (var folder in args)
{
    var issues = PluginManifest.WriteFor(folder);
    if (issues.Count > 0)
    {
        Console.WriteLine($"{folder}: 未写入插件清单，有 {issues.Count} 个问题（{string.Join(", ", issues.Select(i => i.Code).Distinct())}），见 wbench plugins check / " +
                          $"no plugin manifest written: {issues.Count} issue(s) ({string.Join(", ", issues.Select(i => i.Code).Distinct())}), see wbench plugins check");
    }
}

return 0;
