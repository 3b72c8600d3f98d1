using System.Reflection;
using System.Runtime.CompilerServices;

namespace Weinan.Benchmarking.Sdk.Tests;

/// <summary>The contract assembly stays immutable and free of third-party types.</summary>
public class ContractConventionTests
{
    private static readonly Assembly Contract = typeof(Catalog).Assembly;

    [Fact]
    public void Should_Have_No_Public_Setters_Other_Than_Init()
    {
        var settable = Contract.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } set &&
                        !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");
        settable.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Seal_Every_Public_Class()
    {
        var open = Contract.GetExportedTypes().Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.Name);
        open.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Reference_No_Assembly_Beyond_The_Base_Library()
    {
        var references = Contract.GetReferencedAssemblies().Select(a => a.Name!).Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard");
        references.ShouldBeEmpty();
    }
}
