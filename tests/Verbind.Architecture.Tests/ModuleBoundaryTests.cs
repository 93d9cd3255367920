using Assembly = System.Reflection.Assembly;
using ArchUnitNET.Fluent;
using ArchUnitNET.Loader;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Verbind.Architecture.Tests;

/// <summary>
/// The modular monolith's boundaries: the platform knows no module, a module knows another module only
/// through its Contracts namespace, and domain types know neither EF Core nor ASP.NET Core.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly Platform = typeof(Verbind.Platform.PlatformModule).Assembly;
    private static readonly Assembly Web = typeof(Verbind.Web.VerbindApp).Assembly;

    /// <summary>Every module the app is composed of: the assemblies under src/Modules, found through the web project's references.</summary>
    public static readonly IReadOnlyList<Assembly> Modules = Web.GetReferencedAssemblies()
        .Where(a => a.Name!.StartsWith("Verbind.", StringComparison.Ordinal)
                    && a.Name is not ("Verbind.Platform" or "Verbind.Migrations.Sqlite" or "Verbind.Migrations.Postgres"))
        .Select(Assembly.Load)
        .ToList();

    private static readonly ArchUnitNET.Domain.Architecture Architecture =
        new ArchLoader().LoadAssemblies([Platform, Web, .. Modules]).Build();

    public static TheoryData<string> ModuleNames => new(Modules.Select(m => m.GetName().Name!));

    [Fact]
    public void The_composition_finds_the_modules()
    {
        Assert.Contains(Modules, m => m.GetName().Name == "Verbind.Partners");
    }

    [Fact]
    public void The_platform_depends_on_no_module_and_not_on_the_web_project()
    {
        var forbidden = Modules.Select(m => m.GetName().Name!).Append("Verbind.Web").ToArray();
        foreach (var name in forbidden)
        {
            var rule = Types().That().ResideInAssembly(Platform).Should().NotDependOnAny(Types().That().ResideInNamespaceMatching($@"^{Escape(name)}(\..*)?$"));
            AssertHolds(rule);
        }
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_uses_other_modules_only_through_their_contracts(string module)
    {
        var assembly = Modules.Single(m => m.GetName().Name == module);
        foreach (var other in Modules.Where(m => m != assembly).Select(m => m.GetName().Name!))
        {
            var internals = Types().That().ResideInNamespaceMatching($@"^{Escape(other)}(\..*)?$")
                .And().DoNotResideInNamespaceMatching($@"^{Escape(other)}\.Contracts(\..*)?$");
            AssertHolds(Types().That().ResideInAssembly(assembly).Should().NotDependOnAny(internals));
        }
        AssertHolds(Types().That().ResideInAssembly(assembly).Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(@"^Verbind\.Web(\..*)?$")));
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Domain_types_know_neither_EF_Core_nor_ASP_NET_Core(string module)
    {
        var domain = Types().That().ResideInNamespaceMatching($@"^{Escape(module)}\.Domain(\..*)?$");
        AssertHolds(domain.Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(@"^Microsoft\.(EntityFrameworkCore|AspNetCore)(\..*)?$")));
    }

    [Fact]
    public void The_rules_catch_a_violation()
    {
        // Guards the guard: the web project does use the Partners module, so this rule must fail.
        var rule = Types().That().ResideInAssembly(Web).Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(@"^Verbind\.Partners(\..*)?$"));
        Assert.False(rule.HasNoViolations(Architecture));
    }

    private static void AssertHolds(ArchUnitNET.Fluent.Syntax.Elements.Types.TypesShouldConjunction rule)
    {
        var violations = rule.Evaluate(Architecture).Where(result => !result.Passed).Select(result => result.Description).ToList();
        Assert.True(violations.Count == 0, rule.Description + ":\n" + string.Join("\n", violations));
    }

    private static string Escape(string name) => System.Text.RegularExpressions.Regex.Escape(name);
}
