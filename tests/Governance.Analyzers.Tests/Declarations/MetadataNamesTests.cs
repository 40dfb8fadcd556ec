using Microsoft.CodeAnalysis;
using Governance.Analyzers.Tests.Infrastructure;
using Governance.CodeAnalysis.Declarations;

namespace Governance.Analyzers.Tests.Declarations;

/// <summary>Metadata names are how every tool recognises the types it knows; the two ways of reading them must agree.</summary>
public sealed class MetadataNamesTests
{
    private static readonly Compilation Compilation = AnalyzerRunner.Compile("""
        public class TopLevel { }
        namespace Governance
        {
            public class TelemetryEventLookAlike { }
            public class Outer { public class TelemetryEventAttribute : System.Attribute { } }
            namespace Deeper { public class Generic<T> { public class Nested<U> { } } }
        }
        """);

    [Theory]
    [InlineData("TopLevel")]
    [InlineData("Governance.TelemetryEventAttribute")]
    [InlineData("Governance.TelemetryEventLookAlike")]
    [InlineData("Governance.Outer+TelemetryEventAttribute")]
    [InlineData("Governance.Deeper.Generic`1")]
    [InlineData("Governance.Deeper.Generic`1+Nested`1")]
    [InlineData("System.IO.Stream")]
    public void A_type_is_its_metadata_name_and_nothing_else(string metadataName)
    {
        var type = Compilation.GetTypeByMetadataName(metadataName);
        Assert.NotNull(type);

        Assert.Equal(metadataName, MetadataNames.Of(type));
        Assert.True(MetadataNames.Is(type, metadataName));
        Assert.False(MetadataNames.Is(type, "X." + metadataName));
        Assert.False(MetadataNames.Is(type, metadataName + "X"));
        var simpleName = metadataName.Substring(metadataName.LastIndexOfAny(['.', '+']) + 1);
        Assert.Equal(simpleName == metadataName, MetadataNames.Is(type, simpleName));
    }

    [Fact]
    public void A_nested_type_does_not_pass_for_a_namespace_member_of_the_same_name()
    {
        var nested = Compilation.GetTypeByMetadataName("Governance.Outer+TelemetryEventAttribute")!;

        Assert.False(MetadataNames.Is(nested, "Governance.TelemetryEventAttribute"));
        Assert.False(MetadataNames.Is(nested, "Governance.Outer.TelemetryEventAttribute"));
    }
}
