using System.Globalization;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Hosting;

/// <summary>Checks a plugin descriptor: id, name, version and contract version.</summary>
internal static class DescriptorChecks
{
    /// <summary>
    /// Whether <paramref name="id"/> is a plugin id: lower-case letters and digits, then also dots, underscores and
    /// hyphens. Exactly what the pattern <c>^[a-z0-9][a-z0-9._-]*$</c> accepts (a final line feed included, as .NET's
    /// <c>$</c> allows it), written out so that a plugin load does not start the regular-expression engine.
    /// </summary>
    internal static bool IsId(string id)
    {
        var end = id.EndsWith('\n') ? id.Length - 1 : id.Length;
        for (var i = 0; i < end; i++)
        {
            var c = id[i];
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (i > 0 && c is '.' or '_' or '-')))
            {
                return false;
            }
        }

        return end > 0;
    }

    public static void Check(PluginDescriptor descriptor, string path, List<Issue> issues)
    {
        if (string.IsNullOrWhiteSpace(descriptor.Id) || !IsId(descriptor.Id))
        {
            issues.Add(PluginIssues.InvalidDescriptor(path, "id", new(
                $"插件标识“{descriptor.Id}”无效：须为小写字母、数字、点、连字符或下划线，且不能为空。",
                $"Plugin id '{descriptor.Id}' is invalid: it must be non-empty lower-case letters, digits, dots, hyphens or underscores.")));
        }

        if (descriptor.Name is null || (string.IsNullOrWhiteSpace(descriptor.Name.Zh) && string.IsNullOrWhiteSpace(descriptor.Name.En)))
        {
            issues.Add(PluginIssues.InvalidDescriptor(path, "name", new("插件名称为空。", "The plugin name is empty.")));
        }

        if (string.IsNullOrWhiteSpace(descriptor.Version))
        {
            issues.Add(PluginIssues.InvalidDescriptor(path, "version", new("插件版本为空。", "The plugin version is empty.")));
        }

        if (descriptor.Sectors is null || descriptor.Standards is null)
        {
            issues.Add(PluginIssues.InvalidDescriptor(path, "sectors", new("行业或标准列表为空引用。", "The sector or standard list is null.")));
        }
        else
        {
            for (var i = 0; i < descriptor.Sectors.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(descriptor.Sectors[i]))
                {
                    issues.Add(PluginIssues.InvalidDescriptor(path, $"sectors[{i}]", new($"行业列表第 {i + 1} 项为空。", $"Item {i + 1} of the sector list is empty.")));
                }
            }
        }

        var major = ContractMajor(descriptor.ContractVersion);
        if (major is null)
        {
            issues.Add(PluginIssues.InvalidDescriptor(path, "contractVersion", new(
                $"契约版本“{descriptor.ContractVersion}”无效：须为“主版本.次版本”，如 {PluginContract.Version}。",
                $"Contract version '{descriptor.ContractVersion}' is invalid: it must be 'major.minor', e.g. {PluginContract.Version}.")));
        }
        else if (major > PluginContract.Major)
        {
            issues.Add(PluginIssues.NewerContract(path, descriptor.ContractVersion));
        }
        else if (major < PluginContract.Major)
        {
            issues.Add(PluginIssues.OlderContract(path, descriptor.ContractVersion));
        }
    }

    internal static int? ContractMajor(string? version)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            return null;
        }

        var parts = version.Split('.');
        return parts.Length is >= 1 and <= 2 &&
               parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)) &&
               int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            ? major
            : null;
    }
}
