using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace Governance.Testing;

/// <summary>
/// The reference assemblies of the .NET targeting pack that ships with the installed SDK (packs/Microsoft.NETCore.App.Ref).
/// Every machine with the SDK has them, so compilations in tests need no download.
/// </summary>
public static class SdkReferenceAssemblies
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Lazy = new(Load);

    public static ImmutableArray<MetadataReference> All => Lazy.Value;

    /// <summary>The directory holding the reference assemblies, such as packs/Microsoft.NETCore.App.Ref/10.0.12/ref/net10.0.</summary>
    public static string Directory { get; } = FindDirectory();

    private static ImmutableArray<MetadataReference> Load() =>
        System.IO.Directory.GetFiles(Directory, "*.dll")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();

    private static string FindDirectory()
    {
        // shared/Microsoft.NETCore.App/<version>/ → the dotnet root is three levels up.
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar);
        var runtimeVersion = Path.GetFileName(runtimeDirectory);
        var root = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        var major = runtimeVersion.Split('.')[0];
        var candidates = System.IO.Directory.GetDirectories(packs)
            .Select(Path.GetFileName)
            .Where(v => v!.StartsWith(major + ".", StringComparison.Ordinal))
            .OrderByDescending(v => v == runtimeVersion)
            .ThenByDescending(v => Version.TryParse(v!.Split('-')[0], out var parsed) ? parsed : new Version())
            .ToList();
        if (candidates.Count == 0)
        {
            throw new InvalidOperationException($"No Microsoft.NETCore.App.Ref {major}.x targeting pack under {packs}.");
        }

        var refDirectory = Path.Combine(packs, candidates[0]!, "ref", "net" + major + ".0");
        return System.IO.Directory.Exists(refDirectory)
            ? refDirectory
            : throw new InvalidOperationException($"The targeting pack has no {refDirectory}.");
    }
}
