using System.Collections;
using Microsoft.Build.Framework;

namespace Governance.Build.Tests.Infrastructure;

/// <summary>The host a task logs to, keeping every error, warning and message so that a test can read them.</summary>
internal sealed class RecordingBuildEngine : IBuildEngine
{
    public List<BuildErrorEventArgs> Errors { get; } = new();

    public List<BuildWarningEventArgs> Warnings { get; } = new();

    public List<BuildMessageEventArgs> Messages { get; } = new();

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "Consumer.csproj";

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        throw new NotSupportedException("The tasks under test build no projects.");

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);

    /// <summary>Errors and warnings as the console shows them: <c>File(line,column): severity ID: message</c>.</summary>
    public IReadOnlyList<string> Reported =>
        Errors.Select(e => $"{Path.GetFileName(e.File)}({e.LineNumber},{e.ColumnNumber}): error {e.Code}: {e.Message}")
            .Concat(Warnings.Select(w => $"{Path.GetFileName(w.File)}({w.LineNumber},{w.ColumnNumber}): warning {w.Code}: {w.Message}"))
            .ToList();
}
