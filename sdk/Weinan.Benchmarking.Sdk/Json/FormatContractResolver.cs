using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Json;

/// <summary>
/// The contract resolver of every format: camelCase names, and documents read with an empty <c>schemaVersion</c> until
/// the file states one. The model's default (<c>"1.0"</c>) is for writers; a file that leaves the field out or sets it
/// to <c>null</c> must not pass as version 1.0 (<c>docs/formats.md</c> §1.2), so validation reports it.
/// </summary>
internal sealed class FormatContractResolver : DefaultContractResolver
{
    public FormatContractResolver() => NamingStrategy = new CamelCaseNamingStrategy();

    protected override JsonObjectContract CreateObjectContract(Type objectType)
    {
        var contract = base.CreateObjectContract(objectType);
        if (objectType == typeof(Catalog))
        {
            contract.DefaultCreator = static () => new Catalog { SchemaVersion = "" };
        }
        else if (objectType == typeof(Submission))
        {
            contract.DefaultCreator = static () => new Submission { SchemaVersion = "" };
        }

        return contract;
    }

    protected override JsonProperty CreateProperty(System.Reflection.MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);

        // The model's empty defaults (an empty limit, its source, the simple decision rule) are shared instances: a value
        // read replaces the default, never fills it in.
        if (property.Writable && property.PropertyType is { IsClass: true } type && type != typeof(string) &&
            !typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
        {
            property.ObjectCreationHandling = ObjectCreationHandling.Replace;
        }

        // An indicator result names its scale only when it has one (ordinal indicators), so results of other kinds read as before.
        if (property.DeclaringType == typeof(IndicatorResult) && member.Name == nameof(IndicatorResult.Scale))
        {
            property.ShouldSerialize = static o => ((IndicatorResult)o).Scale.Count > 0;
        }

        return property;
    }
}
