using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Governance.Testing;

namespace Governance.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs analyzers and code fixes the Microsoft.CodeAnalysis.Testing way, against the installed SDK's reference
/// assemblies and the Governance runtime. Sources use markup: <c>{|GOV003:Name|}</c> marks where a diagnostic goes.
/// An analyzer exception fails the test; code-fix tests also check Fix All in document, project and solution.
/// </summary>
internal static class Verifier
{
    public const string Usings = "using System;\nusing Governance;\n\nnamespace App;\n\n";

    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, DiagnosticSeverity.Error);

    public static async Task AnalyzeAsync<TAnalyzer>(string source, string? editorConfig = null, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
        => await AnalyzeWithFilesAsync<TAnalyzer>(source, [], editorConfig, expected);

    /// <summary>Analyzes <paramref name="source"/> with additional files (such as the reviewed baseline).</summary>
    public static async Task AnalyzeWithFilesAsync<TAnalyzer>(string source, (string Path, string Text)[] additionalFiles, string? editorConfig = null, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new GovernanceAnalyzerTest<TAnalyzer> { TestCode = source };
        test.TestState.AdditionalFiles.AddRange(additionalFiles.Select(f => (f.Path, Microsoft.CodeAnalysis.Text.SourceText.From(f.Text))));
        Configure(test, editorConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static Task FixAsync<TAnalyzer, TFix>(string source, string fixedSource, string? editorConfig = null, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
        => FixWithAsync<TAnalyzer, TFix>(null, source, fixedSource, editorConfig, expected);

    /// <summary>Applies a fix that edits additional files (the reviewed baseline), checking their fixed content.</summary>
    public static async Task FixFilesAsync<TAnalyzer, TFix>(string source, (string Path, string Text)[] additionalFiles, (string Path, string Text)[] fixedAdditionalFiles, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        var test = new GovernanceCodeFixTest<TAnalyzer, TFix> { TestCode = source, FixedCode = source };
        test.TestState.AdditionalFiles.AddRange(additionalFiles.Select(f => (f.Path, Microsoft.CodeAnalysis.Text.SourceText.From(f.Text))));
        test.FixedState.AdditionalFiles.AddRange(fixedAdditionalFiles.Select(f => (f.Path, Microsoft.CodeAnalysis.Text.SourceText.From(f.Text))));
        Configure(test, null);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>Applies the fix with the given equivalence key (when a diagnostic offers several), Fix All included.</summary>
    public static async Task FixWithAsync<TAnalyzer, TFix>(string? codeActionKey, string source, string fixedSource, string? editorConfig = null, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        var test = new GovernanceCodeFixTest<TAnalyzer, TFix> { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = codeActionKey };
        Configure(test, editorConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>Checks that the diagnostics are reported and that no fix is offered for them.</summary>
    public static async Task NoFixAsync<TAnalyzer, TFix>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        var test = new GovernanceCodeFixTest<TAnalyzer, TFix> { TestCode = source, FixedCode = source };
        Configure(test, null);
        test.ExpectedDiagnostics.AddRange(expected);
        test.FixedState.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>
    /// Off unless a test turns it on (<see cref="WithOwnerRule"/>): the declarations in other rules' tests are kept
    /// minimal, and a missing owner would be reported in every one of them.
    /// </summary>
    private static readonly AsyncLocal<bool> OwnerRuleOn = new();

    /// <summary>More references for the tests run inside <see cref="WithReferences"/> (libraries that carry a manifest).</summary>
    private static readonly AsyncLocal<MetadataReference[]?> ExtraReferences = new();

    /// <summary>Runs <paramref name="test"/> with <paramref name="references"/> added to every compilation.</summary>
    public static async Task WithReferences(MetadataReference[] references, Func<Task> test)
    {
        ExtraReferences.Value = references;
        try
        {
            await test();
        }
        finally
        {
            ExtraReferences.Value = null;
        }
    }

    /// <summary>Runs <paramref name="test"/> with GOV023 (missing owner) reported.</summary>
    public static async Task WithOwnerRule(Func<Task> test)
    {
        OwnerRuleOn.Value = true;
        try
        {
            await test();
        }
        finally
        {
            OwnerRuleOn.Value = false;
        }
    }

    private static void Configure<TVerifier>(AnalyzerTest<TVerifier> test, string? editorConfig)
        where TVerifier : IVerifier, new()
    {
        if (!OwnerRuleOn.Value)
        {
            test.DisabledDiagnostics.Add("GOV023");
        }

        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        test.TestState.AdditionalReferences.AddRange(SdkReferenceAssemblies.All);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(TelemetryClient).Assembly.Location));
        test.TestState.AdditionalReferences.AddRange(ExtraReferences.Value ?? []);
        if (editorConfig is not null)
        {
            // build_property.* settings come from the build (a global config); governance.* ones from .editorconfig.
            var lines = editorConfig.Split('\n');
            var global = lines.Where(l => l.StartsWith("build_property.", StringComparison.Ordinal)).ToList();
            var local = lines.Where(l => !l.StartsWith("build_property.", StringComparison.Ordinal)).ToList();
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + string.Join("\n", local)));
            if (global.Count > 0)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + string.Join("\n", global)));
            }
        }
    }

    private sealed class GovernanceAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }

    private sealed class GovernanceCodeFixTest<TAnalyzer, TFix> : CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}
