using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Governance.Analyzers;
using Governance.Generators;
using Governance.Reliability.Tests.Infrastructure;
using Governance.Testing;

namespace Governance.Reliability.Tests.Compatibility;

/// <summary>
/// The analyzers and the generator are built against Roslyn 4.8, the lowest version we support, and must work on
/// every compiler from there up. This suite runs them on 4.8 in process; here the newest compiler on the machine,
/// the SDK's own csc, loads the same assemblies and must report the same diagnostics and generate the same files.
/// </summary>
public sealed class CompilerVersionTests
{
    private static readonly Version LowestSupported = new(4, 8, 0, 0);

    private static readonly string[] SampleFiles = ["samples/Mistakes/Telemetry.cs", "samples/Mistakes/PrivacyMistakes.cs", "samples/TodoCli/Telemetry/Events.cs"];

    private static readonly Dictionary<string, string> Policy = new()
    {
        ["governance.today"] = "2026-11-27",
        ["governance.max_retention_days"] = "60",
        ["governance.require_expiry"] = "true",
    };

    [Fact]
    public void Components_are_built_against_and_tested_on_the_lowest_supported_roslyn()
    {
        foreach (var component in new[] { typeof(TelemetryGenerator).Assembly, typeof(TelemetryEventAnalyzer).Assembly })
        {
            var roslyn = component.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(roslyn);
            Assert.All(roslyn, reference => Assert.Equal(LowestSupported, reference.Version));
        }

        // Every in-process test in this suite therefore proves the components on 4.8.
        Assert.Equal(LowestSupported, typeof(Compilation).Assembly.GetName().Version);
        Assert.Equal(LowestSupported, typeof(CSharpCompilation).Assembly.GetName().Version);
    }

    [Fact]
    public void The_sdk_compiler_reports_the_same_diagnostics_and_generates_the_same_files_as_roslyn_4_8()
    {
        var csc = SdkCompiler.Path;
        var sdkRoslyn = AssemblyName.GetAssemblyName(Path.Combine(Path.GetDirectoryName(csc)!, "Microsoft.CodeAnalysis.dll")).Version!;
        Assert.True(sdkRoslyn > LowestSupported, $"the SDK's compiler ({sdkRoslyn}) should be newer than {LowestSupported}");

        var work = Directory.CreateTempSubdirectory("governance-csc-");
        try
        {
            var sources = SampleFiles.Select(path => Copy(path, work.FullName)).ToList();
            var baseline = Copy("samples/TodoCli/telemetry.reviewed.json", work.FullName);
            var globalConfig = Path.Combine(work.FullName, ".globalconfig");
            File.WriteAllLines(globalConfig, ["is_global = true", .. Policy.Select(p => $"{p.Key} = {p.Value}")]);
            var generatedDirectory = Directory.CreateDirectory(Path.Combine(work.FullName, "generated")).FullName;

            var responseFile = Path.Combine(work.FullName, "csc.rsp");
            File.WriteAllLines(responseFile, [
                "-nologo", "-nostdlib", "-target:library", "-langversion:12", "-nullable:enable", "-deterministic",
                $"-out:\"{Path.Combine(work.FullName, "Consumer.dll")}\"",
                .. Directory.GetFiles(SdkReferenceAssemblies.Directory, "*.dll").Order(StringComparer.Ordinal).Select(r => $"-r:\"{r}\""),
                $"-r:\"{typeof(TelemetryClient).Assembly.Location}\"",
                $"-analyzer:\"{typeof(TelemetryGenerator).Assembly.Location}\"",
                $"-analyzer:\"{typeof(TelemetryEventAnalyzer).Assembly.Location}\"",
                $"-analyzerconfig:\"{globalConfig}\"",
                $"-additionalfile:\"{baseline}\"",
                $"-generatedfilesout:\"{generatedDirectory}\"",
                .. sources.Select(s => $"\"{s}\""),
            ]);

            var result = DotnetCli.Run(work.FullName, ["exec", csc, "-noconfig", "@" + responseFile]);

            // The sample is wrong on purpose, so the build fails, but with our rules, not with a load or run failure.
            Assert.NotEqual(0, result.ExitCode);
            foreach (var failure in new[] { "AD0001", "CS8032", "CS8785", "CS9057", "CS8784" })
            {
                Assert.DoesNotContain(failure, result.Output, StringComparison.Ordinal);
            }

            var sdkDiagnostics = result.Diagnostics
                .Where(d => d.Id.StartsWith("GOV", StringComparison.Ordinal))
                .Select(d => Normalize(d.Line, work.FullName))
                .Order(StringComparer.Ordinal)
                .ToList();
            var (inProcessDiagnostics, inProcessSources) = RunInProcess(sources, baseline);
            Assert.True(sdkDiagnostics.Count >= 20, "expected the sample's diagnostics:\n" + result.Output);
            Assert.Equal(inProcessDiagnostics.Select(d => Normalize(d, work.FullName)), sdkDiagnostics);

            var sdkSources = Directory.GetFiles(generatedDirectory, "*.cs", SearchOption.AllDirectories)
                .Select(f => (HintName: Path.GetFileName(f), Text: File.ReadAllText(f)))
                .OrderBy(s => s.HintName, StringComparer.Ordinal)
                .ToList();
            Assert.Equal(inProcessSources.Select(s => s.HintName), sdkSources.Select(s => s.HintName));
            Assert.Equal(inProcessSources.Select(s => s.Text), sdkSources.Select(s => s.Text));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string Copy(string repoPath, string directory)
    {
        var target = Path.Combine(directory, Path.GetFileName(repoPath));
        File.Copy(RepoPaths.InRepo(repoPath.Split('/')), target);
        return target;
    }

    /// <summary>
    /// The same files through Roslyn 4.8 in this process, with the same options, as the newer compiler prints them
    /// (it appends each diagnostic's help link).
    /// </summary>
    private static (List<string> Diagnostics, List<(string HintName, string Text)> Sources) RunInProcess(IReadOnlyList<string> sources, string baseline)
    {
        var compilation = Toolchain.Compile(sources.Select(s => (s, File.ReadAllText(s))));
        var outcome = Toolchain.Run(compilation, analyzers: false);
        Assert.Null(outcome.Crash());
        var options = AnalyzerInputs.Create(Policy, (baseline, File.ReadAllText(baseline)));
        var diagnostics = outcome.Output.WithAnalyzers(Toolchain.Analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                var severity = d.Severity == DiagnosticSeverity.Error ? "error" : "warning";
                return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} ({d.Descriptor.HelpLinkUri})";
            })
            .Order(StringComparer.Ordinal)
            .ToList();
        return (diagnostics, outcome.Sources.ToList());
    }

    private static string Normalize(string line, string directory) => line.Replace(directory + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
}
