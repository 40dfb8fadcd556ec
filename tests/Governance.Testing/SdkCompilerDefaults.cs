using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Governance.Testing;

/// <summary>What the .NET SDK gives every C# build that a compilation made in a test must give too.</summary>
public static class SdkCompilerDefaults
{
    /// <summary>
    /// The SDK's default <c>NoWarn</c> (1701;1702): a library built for an older framework, such as the runtime's
    /// net8.0 build, refers to older versions of the framework's assemblies, which bind to the newer ones.
    /// </summary>
    public static ImmutableDictionary<string, ReportDiagnostic> NoWarn { get; } = ImmutableDictionary.CreateRange(
        StringComparer.Ordinal,
        [
            new KeyValuePair<string, ReportDiagnostic>("CS1701", ReportDiagnostic.Suppress),
            new KeyValuePair<string, ReportDiagnostic>("CS1702", ReportDiagnostic.Suppress),
        ]);
}
