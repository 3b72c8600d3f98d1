using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Hosting;

/// <summary>Builds the bilingual issue records of plugin loading; each names the plugin folder or file.</summary>
internal static class PluginIssues
{
    private static Issue Error(string code, string file, string path, string zh, string en) =>
        new() { Code = code, File = file, Path = path, Message = new(zh, en) };

    private static Issue Warning(string code, string file, string path, string zh, string en) =>
        Error(code, file, path, zh, en) with { Severity = Severity.Warning };

    private static string Folder(string path) =>
        Path.GetFileName(Path.TrimEndingDirectorySeparator(Directory.Exists(path) ? path : Path.GetDirectoryName(path) ?? path));

    private static string Describe(Exception ex) => $"{ex.GetType().Name}: {ex.Message}";

    public static Issue SearchDirectoryMissing(string directory, Severity severity, string origin) => new()
    {
        Code = IssueCodes.PluginDirectoryMissing,
        Severity = severity,
        File = directory,
        Path = origin,
        Message = new($"插件目录不存在：{directory}（来自 {origin}）。", $"Plugin directory not found: {directory} (from {origin})."),
    };

    public static Issue FolderNotFound(string folder) =>
        Error(IssueCodes.FileNotFound, folder, "", $"插件文件夹不存在：{folder}。", $"Plugin folder not found: {folder}.");

    public static Issue FileNotFound(string file) =>
        Error(IssueCodes.FileNotFound, file, "", $"文件不存在：{file}。", $"File not found: {file}.");

    public static Issue AssemblyMissing(string folder, string name) => Error(IssueCodes.PluginAssemblyMissing, folder, "",
        $"插件文件夹“{name}”中没有 {name}.dll：每个插件须位于 plugins/<名称>/<名称>.dll。",
        $"Plugin folder '{name}' has no {name}.dll: each plugin must be at plugins/<Name>/<Name>.dll.");

    public static Issue AssemblyLoadFailed(string file, Exception ex)
    {
        // The runtime's own English is not shown: a user error is worded in the output language.
        LocalizedText why = ex switch
        {
            BadImageFormatException => new("它不是有效的 .NET 程序集", "it is not a valid .NET assembly"),
            FileNotFoundException { FileName: { } missing } => new($"找不到它依赖的程序集 {missing}", $"an assembly it depends on was not found: {missing}"),
            FileLoadException => new("它或它依赖的程序集无法加载（版本冲突？）", "it or an assembly it depends on could not be loaded (a version conflict?)"),
            IOException or UnauthorizedAccessException => FileErrors.Describe(ex),
            _ => new("它的类型无法读取（依赖项缺失或不兼容？）", "its types cannot be read (a missing or incompatible dependency?)"),
        };
        return Error(IssueCodes.PluginAssemblyLoadFailed, file, "",
            $"插件“{Folder(file)}”的程序集无法加载：{why.Zh}", $"The assembly of plugin '{Folder(file)}' could not be loaded: {why.En}");
    }

    public static Issue NoEntryType(string file) => Error(IssueCodes.PluginNoEntryType, file, "",
        $"插件“{Folder(file)}”中没有实现 ISectorPlugin 的公共非抽象类（契约程序集 Weinan.Benchmarking.Abstractions 不应复制到插件文件夹）。",
        $"Plugin '{Folder(file)}' has no public non-abstract class implementing ISectorPlugin (the contract assembly Weinan.Benchmarking.Abstractions must not be copied into the plugin folder).");

    public static Issue MultipleEntryTypes(string file, IEnumerable<string> types)
    {
        var list = string.Join(", ", types);
        return Error(IssueCodes.PluginMultipleEntryTypes, file, "",
            $"插件“{Folder(file)}”中有多个 ISectorPlugin 实现（{list}），须恰好一个。",
            $"Plugin '{Folder(file)}' has more than one ISectorPlugin implementation ({list}); it must have exactly one.");
    }

    public static Issue NoParameterlessConstructor(string file, string type) => Error(IssueCodes.PluginNoParameterlessConstructor, file, type,
        $"插件“{Folder(file)}”的入口类型 {type} 没有公共无参构造函数。",
        $"The entry type {type} of plugin '{Folder(file)}' has no public parameterless constructor.");

    public static Issue PluginThrew(string file, string member, Exception ex) => Error(IssueCodes.PluginThrew, file, member,
        $"插件“{Folder(file)}”在 {member} 中抛出异常：{Describe(ex)}",
        $"Plugin '{Folder(file)}' threw in {member}: {Describe(ex)}");

    public static Issue InvalidDescriptor(string file, string member, LocalizedText what) => Error(IssueCodes.PluginDescriptorInvalid, file,
        "descriptor." + member, $"插件“{Folder(file)}”的描述符无效：{what.Zh}", $"The descriptor of plugin '{Folder(file)}' is invalid: {what.En}");

    public static Issue DerivedNotInCatalog(string file, int index, string indicator) => Warning(IssueCodes.PluginDerivedMismatch, file,
        $"derivedIndicators[{index}]",
        $"插件“{Folder(file)}”计算派生指标“{indicator}”，但其目录中没有该指标，计算结果不会被使用。",
        $"Plugin '{Folder(file)}' computes derived indicator '{indicator}', which its catalog does not have: the value is never used.");

    public static Issue DerivedInputsDiffer(string file, int index, string indicator, IReadOnlyList<string> inputs, IReadOnlyList<string> derivedFrom) =>
        Warning(IssueCodes.PluginDerivedMismatch, file, $"derivedIndicators[{index}].inputs",
            $"插件“{Folder(file)}”的派生指标“{indicator}”由 {List(inputs, "、", "（无）")} 计算，但目录中该指标的 derivedFrom 为 {List(derivedFrom, "、", "（无）")}。" +
            "报告按 derivedFrom 说明哪些指标只用于计算，请使二者一致。",
            $"Derived indicator '{indicator}' of plugin '{Folder(file)}' is computed from {List(inputs, ", ", "(none)")}, but the catalog's derivedFrom for it names {List(derivedFrom, ", ", "(none)")}. " +
            "Reports tell from derivedFrom which indicators only feed another: make the two agree.");

    private static string List(IReadOnlyList<string> ids, string separator, string none) =>
        ids.Count == 0 ? none : string.Join(separator, ids.Select(i => $"“{i}”"));

    public static Issue NewerContract(string file, string version) => Error(IssueCodes.PluginContractNewer, file, "descriptor.contractVersion",
        $"插件“{Folder(file)}”基于更新的契约版本 {version} 构建，本程序支持 {PluginContract.Version}（主版本 {PluginContract.Major}）；请升级 wbench。",
        $"Plugin '{Folder(file)}' was built against contract {version}, newer than this host's {PluginContract.Version} (major {PluginContract.Major}); update wbench.");

    public static Issue OlderContract(string file, string version) => Error(IssueCodes.PluginContractOlder, file, "descriptor.contractVersion",
        $"插件“{Folder(file)}”基于旧的契约版本 {version} 构建，本程序需要主版本 {PluginContract.Major}；请重新构建插件。",
        $"Plugin '{Folder(file)}' was built against contract {version}, an older major than this host's {PluginContract.Major}; rebuild the plugin.");

    public static Issue CatalogUnreadable(string file, string id) => Error(IssueCodes.PluginCatalogUnreadable, file, "catalog",
        $"插件“{Folder(file)}”（{id}）的目录 JSON 无法读取，插件已跳过。",
        $"The catalog JSON of plugin '{Folder(file)}' ({id}) could not be read; the plugin was skipped.");

    public static Issue CatalogInvalid(string file, string id, int errors) => Error(IssueCodes.PluginCatalogInvalid, file, "catalog",
        $"插件“{Folder(file)}”（{id}）的目录有 {errors} 个错误，插件已跳过。",
        $"The catalog of plugin '{Folder(file)}' ({id}) has {errors} error(s); the plugin was skipped.");

    public static Issue DuplicatePlugin(string file, string id, string first) => Warning(IssueCodes.PluginDuplicate, file, "descriptor.id",
        $"插件“{id}”已从 {first} 加载，此处的同名插件被跳过。", $"Plugin '{id}' is already loaded from {first}; this copy was skipped.");

    public static Issue SectorClaimedTwice(string file, string sector, string owner) => Warning(IssueCodes.SectorClaimedTwice, file, "sectors",
        $"行业“{sector}”已由插件“{owner}”提供；此插件对该行业的目录不会被使用。",
        $"Sector '{sector}' is already served by plugin '{owner}'; this plugin's catalog is not used for it.");

    public static Issue ProjectNotBuilt(string folder, IEnumerable<string> assemblies)
    {
        var names = string.Join(", ", assemblies.Select(a => a + ".dll"));
        return Error(IssueCodes.PluginProjectNotBuilt, folder, "",
            $"{folder} 是插件的源代码项目，尚未构建（bin/ 下没有 {names}）。请先构建：dotnet build {folder}",
            $"{folder} is a plugin's source project and has not been built (no {names} under bin/). Build it first: dotnet build {folder}");
    }

    public static Issue BuildOutputStale(string folder, string source, string assembly) => Warning(IssueCodes.PluginBuildOutputStale, source, "",
        $"{source} 比构建输出 {assembly} 新，检查的是上次构建的插件。请重新构建：dotnet build {folder}",
        $"{source} is newer than the build output {assembly}, so the plugin as last built was checked. Rebuild it: dotnet build {folder}");
}
