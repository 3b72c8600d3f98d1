using System.Reflection;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Json;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Hosting;

/// <summary>
/// Loads one sector plugin in its own load context with the contract shared: load the assembly, find the one entry
/// type, create it, read and check the descriptor, read and validate the catalog. Every failure is an issue, never an
/// exception. A catalog whose hash is the one in the plugin's trusted manifest, validated by the same code, is not
/// validated again.
/// </summary>
public static class SectorPluginLoader
{
    /// <summary>Loads the plugin in <c>folder/&lt;Name&gt;.dll</c>, where <c>&lt;Name&gt;</c> is the folder's name.</summary>
    public static PluginLoadAttempt LoadFolder(string folder) => LoadFolder(folder, null);

    /// <summary>
    /// Loads the plugin in <c>folder/&lt;Name&gt;.dll</c> with its trusted <paramref name="manifest"/> (see
    /// <see cref="PluginManifest.ReadTrusted"/>), if any.
    /// </summary>
    internal static PluginLoadAttempt LoadFolder(string folder, PluginManifest? manifest)
    {
        var full = Path.GetFullPath(folder);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(full));
        if (!Directory.Exists(full))
        {
            return Failed(full, PluginIssues.FolderNotFound(full));
        }

        return IsPluginFolder(full) ? LoadAssembly(FolderAssembly(full), manifest) : Failed(full, PluginIssues.AssemblyMissing(full, name));
    }

    /// <summary>Whether <paramref name="folder"/> is a built plugin folder: it holds <c>&lt;Name&gt;.dll</c>, named after the folder.</summary>
    public static bool IsPluginFolder(string folder) => File.Exists(FolderAssembly(Path.GetFullPath(folder)));

    private static string FolderAssembly(string full)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(full);
        return Path.Combine(trimmed, Path.GetFileName(trimmed) + ".dll");
    }

    /// <summary>Loads the plugin assembly at <paramref name="assemblyPath"/>.</summary>
    public static PluginLoadAttempt LoadAssembly(string assemblyPath) => LoadAssembly(assemblyPath, null);

    private static PluginLoadAttempt LoadAssembly(string assemblyPath, PluginManifest? manifest)
    {
        var path = Path.GetFullPath(assemblyPath);
        var folder = Path.GetDirectoryName(path) ?? path;
        if (!File.Exists(path))
        {
            return Failed(path, PluginIssues.FileNotFound(path));
        }

        Assembly assembly;
        try
        {
            // Only the contract is shared; a plugin's other dependencies load from its own folder in its own context.
            assembly = new PluginLoadContext(path).LoadFromAssemblyPath(path);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Failed(path, PluginIssues.AssemblyLoadFailed(path, ex));
        }

        var issues = new List<Issue>();
        var plugin = CreateEntry(assembly, path, issues);
        if (plugin is null)
        {
            return new PluginLoadAttempt(path, null, issues);
        }

        var written = ReadDescriptor(plugin, path, issues);
        if (written is null)
        {
            return new PluginLoadAttempt(path, null, issues);
        }

        var catalog = ReadCatalog(plugin, written, path, manifest, issues);
        if (catalog.Value is null || issues.Any(i => i.Severity == Severity.Error))
        {
            return new PluginLoadAttempt(path, null, issues);
        }

        // What the descriptor leaves empty comes from the catalog, so a plugin states its identity once.
        var descriptor = Complete(written, catalog.Value);
        DescriptorChecks.Check(descriptor, path, issues);
        if (issues.Any(i => i.Severity == Severity.Error))
        {
            return new PluginLoadAttempt(path, null, issues);
        }

        try
        {
            // Touch the optional members now, so a plugin that throws there fails at load time, not mid-assessment.
            CheckDerived(plugin.DerivedIndicators, catalog.Value, path, issues);
            _ = plugin.ReportPartials.Count;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            issues.Add(PluginIssues.PluginThrew(path, "DerivedIndicators/ReportPartials", ex));
            return new PluginLoadAttempt(path, null, issues);
        }

        var loaded = new LoadedPlugin(folder, path, descriptor, catalog.Value, plugin, issues)
        {
            CatalogHash = catalog.Hash,
            CatalogValidatedByBuild = catalog.Trusted,
            CatalogReadDirectly = catalog.Direct,
        };
        if (loaded.Sectors.Count == 0)
        {
            issues.Add(PluginIssues.InvalidDescriptor(path, "sectors", new("插件及其目录均未声明任何行业。", "Neither the plugin nor its catalog names a sector.")));
            return new PluginLoadAttempt(path, null, issues);
        }

        return new PluginLoadAttempt(path, loaded, issues);
    }

    /// <summary>
    /// Each derived indicator against the catalog (WB4017, a warning): the indicator is the catalog's, and the catalog's
    /// <c>derivedFrom</c> names the indicators it is computed from, as the set of its <see cref="IDerivedIndicator.Inputs"/>.
    /// Reports tell from <c>derivedFrom</c> which indicators only feed another.
    /// </summary>
    internal static void CheckDerived(IReadOnlyList<IDerivedIndicator> derived, Catalog catalog, string path, List<Issue> issues)
    {
        for (var i = 0; i < derived.Count; i++)
        {
            if (derived[i] is not { } d || string.IsNullOrEmpty(d.IndicatorId))
            {
                continue;
            }

            var indicator = catalog.Indicators.FirstOrDefault(x => x?.Id == d.IndicatorId);
            if (indicator is null)
            {
                issues.Add(PluginIssues.DerivedNotInCatalog(path, i, d.IndicatorId));
                continue;
            }

            List<string> inputs = [.. (d.Inputs ?? []).Where(x => !string.IsNullOrEmpty(x)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            List<string> derivedFrom = [.. (indicator.DerivedFrom ?? []).Where(x => !string.IsNullOrEmpty(x)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            if (!inputs.SequenceEqual(derivedFrom, StringComparer.Ordinal))
            {
                issues.Add(PluginIssues.DerivedInputsDiffer(path, i, d.IndicatorId, inputs, derivedFrom));
            }
        }
    }

    private static ISectorPlugin? CreateEntry(Assembly assembly, string path, List<Issue> issues)
    {
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            issues.Add(PluginIssues.AssemblyLoadFailed(path, ex));
            return null;
        }

        var entries = types.Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } &&
                                       typeof(ISectorPlugin).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
        switch (entries.Count)
        {
            case 0:
                issues.Add(PluginIssues.NoEntryType(path));
                return null;
            case > 1:
                issues.Add(PluginIssues.MultipleEntryTypes(path, entries.Select(t => t.FullName ?? t.Name)));
                return null;
        }

        var entry = entries[0];
        if (entry.GetConstructor(Type.EmptyTypes) is null)
        {
            issues.Add(PluginIssues.NoParameterlessConstructor(path, entry.FullName ?? entry.Name));
            return null;
        }

        try
        {
            return (ISectorPlugin)Activator.CreateInstance(entry)!;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            issues.Add(PluginIssues.PluginThrew(path, entry.FullName ?? entry.Name, ex is TargetInvocationException { InnerException: { } inner } ? inner : ex));
            return null;
        }
    }

    private static PluginDescriptor? ReadDescriptor(ISectorPlugin plugin, string path, List<Issue> issues)
    {
        PluginDescriptor? descriptor;
        try
        {
            descriptor = plugin.Descriptor;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            issues.Add(PluginIssues.PluginThrew(path, "Descriptor", ex));
            return null;
        }

        if (descriptor is null)
        {
            issues.Add(PluginIssues.InvalidDescriptor(path, "descriptor", new("描述符为空。", "The descriptor is null.")));
            return null;
        }

        return descriptor;
    }

    /// <summary>The descriptor with its empty fields taken from the catalog.</summary>
    internal static PluginDescriptor Complete(PluginDescriptor descriptor, Catalog catalog) => descriptor with
    {
        Id = string.IsNullOrWhiteSpace(descriptor.Id) ? catalog.Id ?? "" : descriptor.Id,
        Name = descriptor.Name is null || (string.IsNullOrWhiteSpace(descriptor.Name.Zh) && string.IsNullOrWhiteSpace(descriptor.Name.En))
            ? catalog.Name ?? new LocalizedText("", "")
            : descriptor.Name,
        Version = string.IsNullOrWhiteSpace(descriptor.Version) ? catalog.Version ?? "" : descriptor.Version,
        Sectors = descriptor.Sectors is { Count: > 0 } ? descriptor.Sectors : (catalog.Sectors ?? []).Where(s => s is not null).ToList(),
        Standards = descriptor.Standards is { Count: > 0 }
            ? descriptor.Standards
            : (catalog.Standards ?? []).Where(s => s is not null && !string.IsNullOrWhiteSpace(s.Code)).Select(s => s.Code).ToList(),
    };

    /// <summary>
    /// The catalog read, its hash, whether the manifest vouched for it so it was not validated, and whether it was read
    /// directly (<see cref="DirectJson"/>).
    /// </summary>
    private readonly record struct CatalogRead(Catalog? Value, string Hash, bool Trusted, bool Direct);

    private static CatalogRead ReadCatalog(ISectorPlugin plugin, PluginDescriptor descriptor, string path, PluginManifest? manifest,
        List<Issue> issues)
    {
        string json;
        try
        {
            json = plugin.ReadCatalogJson() ?? "";
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            issues.Add(PluginIssues.PluginThrew(path, "ReadCatalogJson", ex));
            return default;
        }

        var file = path + "#catalog.json";
        var hash = PluginManifest.Hash(json);

        // The same text, read and validated without an issue by the same code when the plugin was built: validating it
        // again would find the same nothing, and when the build found that the direct reader reads it alike, so does it.
        var vouched = manifest is not null &&
                      string.Equals(manifest.CatalogHash, hash, StringComparison.Ordinal) &&
                      string.Equals(manifest.ValidatedBy, PluginManifest.ValidatorIdentity, StringComparison.Ordinal);
        if (vouched && manifest!.CatalogReadsDirectly && DirectJson.TryRead<Catalog>(json) is { } direct)
        {
            return new CatalogRead(direct, hash, Trusted: true, Direct: true);
        }

        var read = BenchmarkJson.Deserialize<Catalog>(json, file);
        issues.AddRange(read.Issues);
        if (read.Value is null || read.Issues.Any(i => i.Severity == Severity.Error))
        {
            issues.Add(PluginIssues.CatalogUnreadable(path, string.IsNullOrWhiteSpace(descriptor.Id) ? Path.GetFileNameWithoutExtension(path) : descriptor.Id));
            return default;
        }

        if (vouched && read.Issues.Count == 0)
        {
            return new CatalogRead(read.Value, hash, Trusted: true, Direct: false);
        }

        var validation = InputValidation.ValidateCatalog(read.Value, file);
        issues.AddRange(validation);
        if (validation.Any(i => i.Severity == Severity.Error))
        {
            issues.Add(PluginIssues.CatalogInvalid(path, string.IsNullOrWhiteSpace(descriptor.Id) ? read.Value.Id : descriptor.Id,
                validation.Count(i => i.Severity == Severity.Error)));
            return default;
        }

        return new CatalogRead(read.Value, hash, Trusted: false, Direct: false);
    }

    private static PluginLoadAttempt Failed(string source, Issue issue) => new(source, null, [issue]);
}
