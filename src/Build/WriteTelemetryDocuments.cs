using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Governance.CodeAnalysis.Baseline;
using Governance.CodeAnalysis.Manifest;
using Governance.CodeAnalysis.Model;

namespace Governance.Build
{
    /// <summary>
    /// Writes <c>telemetry-manifest.json</c>, <c>telemetry-privacy.md</c> and <c>telemetry-changes.md</c> (what changed
    /// against the reviewed baseline) for a built assembly into the output directory and, when set, the documentation
    /// directory; with <see cref="UpdateBaseline"/>, rewrites the reviewed baseline from the build. A file is rewritten
    /// only when its content changed, so timestamps (and incremental builds downstream) stay quiet.
    /// </summary>
    public sealed class WriteTelemetryDocuments : Task
    {
        /// <summary>The file name of the JSON manifest.</summary>
        public const string ManifestFileName = "telemetry-manifest.json";

        /// <summary>The file name of the Markdown privacy document.</summary>
        public const string PrivacyFileName = "telemetry-privacy.md";

        private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        /// <summary>The assembly that was just compiled.</summary>
        [Required]
        public string AssemblyPath { get; set; } = string.Empty;

        /// <summary>The build output directory (the files sit next to the assembly).</summary>
        [Required]
        public string OutputDirectory { get; set; } = string.Empty;

        /// <summary>Optional: a documentation directory that also receives the files, such as <c>docs/</c>.</summary>
        public string? DocsDirectory { get; set; }

        /// <summary>The reviewed baseline, <c>telemetry.reviewed.json</c> beside the project file by default.</summary>
        public string? BaselineFile { get; set; }

        /// <summary>Rewrite <see cref="BaselineFile"/> from this build (<c>-p:GovernanceUpdateBaseline=true</c>).</summary>
        public bool UpdateBaseline { get; set; }

        /// <summary>The files this task manages in <see cref="OutputDirectory"/>, for incremental clean.</summary>
        [Output]
        public ITaskItem[] OutputFiles { get; set; } = Array.Empty<ITaskItem>();

        /// <inheritdoc />
        public override bool Execute()
        {
            ManifestSpec? manifest;
            try
            {
                var json = AssemblyManifestReader.ReadJson(AssemblyPath);
                manifest = json is null ? null : ManifestJsonReader.Read(json);
            }
            catch (Exception ex) when (ex is IOException || ex is BadImageFormatException || ex is UnauthorizedAccessException)
            {
                Log.LogWarning(null, "GOVBUILD001", null, AssemblyPath, 0, 0, 0, 0, "Governance could not read the telemetry manifest from '{0}': {1}", AssemblyPath, ex.Message);
                return true;
            }
            catch (FormatException ex)
            {
                // Only a manifest from another version of the generator, or an edited assembly, can get here.
                Log.LogWarning(null, "GOVBUILD003", null, AssemblyPath, 0, 0, 0, 0, "Governance could not read the telemetry manifest compiled into '{0}': {1}; the documents were not written", AssemblyPath, ex.Message);
                return true;
            }

            var outputFiles = new[]
            {
                Path.Combine(OutputDirectory, ManifestFileName),
                Path.Combine(OutputDirectory, PrivacyFileName),
                Path.Combine(OutputDirectory, TelemetryChangesWriter.FileName),
            };
            if (manifest is null)
            {
                // No events (any more): stale documents next to the assembly would describe telemetry it no longer sends.
                foreach (var stale in outputFiles)
                {
                    if (File.Exists(stale))
                    {
                        File.Delete(stale);
                        Log.LogMessage(MessageImportance.Low, "Governance removed '{0}': the assembly declares no telemetry events.", stale);
                    }
                }

                return true;
            }

            var documents = new Documents(ManifestJsonWriter.Write(manifest), PrivacyDocumentWriter.Write(manifest), ReviewChanges(manifest));
            var items = new List<ITaskItem>();
            WriteTo(OutputDirectory, documents);
            foreach (var file in outputFiles)
            {
                items.Add(new TaskItem(file));
            }

            if (!string.IsNullOrWhiteSpace(DocsDirectory))
            {
                WriteTo(DocsDirectory!, documents);
            }

            OutputFiles = items.ToArray();
            return !Log.HasLoggedErrors;
        }

        /// <summary>
        /// Compares the build with the reviewed baseline (as it was before this build) and, when asked, records the
        /// build as the new baseline. Returns the changes document. The review covers every event of the manifest: a
        /// referenced assembly's are recorded with their assembly.
        /// </summary>
        private string ReviewChanges(ManifestSpec manifest)
        {
            var current = ReviewedEvents.From(manifest);
            var contexts = ReviewedEvents.ContextsFrom(manifest);
            ReviewedBaseline? reviewed = null;
            if (!string.IsNullOrWhiteSpace(BaselineFile) && File.Exists(BaselineFile))
            {
                try
                {
                    reviewed = ReviewedBaseline.Read(File.ReadAllText(BaselineFile, Utf8NoBom));
                }
                catch (FormatException ex)
                {
                    Log.LogWarning(null, "GOVBUILD002", null, BaselineFile, 0, 0, 0, 0, "Governance could not read the reviewed baseline '{0}': {1}", BaselineFile, ex.Message);
                }
            }

            if (UpdateBaseline && !string.IsNullOrWhiteSpace(BaselineFile))
            {
                WriteIfChanged(BaselineFile!, new ReviewedBaseline(current, contexts).Write());
            }

            return TelemetryChangesWriter.Write(reviewed, current, UpdateBaseline, contexts);
        }

        private void WriteTo(string directory, Documents documents)
        {
            Directory.CreateDirectory(directory);
            WriteIfChanged(Path.Combine(directory, ManifestFileName), documents.Manifest);
            WriteIfChanged(Path.Combine(directory, PrivacyFileName), documents.Privacy);
            WriteIfChanged(Path.Combine(directory, TelemetryChangesWriter.FileName), documents.Changes);
        }

        private void WriteIfChanged(string path, string content)
        {
            var bytes = Utf8NoBom.GetBytes(content);
            if (File.Exists(path) && ContentEquals(File.ReadAllBytes(path), bytes))
            {
                Log.LogMessage(MessageImportance.Low, "Governance: '{0}' is up to date.", path);
                return;
            }

            File.WriteAllBytes(path, bytes);
            Log.LogMessage(MessageImportance.Normal, "Governance wrote '{0}'.", path);
        }

        private static bool ContentEquals(byte[] left, byte[] right)
        {
            if (left.Length != right.Length)
            {
                return false;
            }

            for (var i = 0; i < left.Length; i++)
            {
                if (left[i] != right[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The three documents one build writes, rendered once for every directory.</summary>
        private sealed class Documents
        {
            public Documents(string manifest, string privacy, string changes)
            {
                Manifest = manifest;
                Privacy = privacy;
                Changes = changes;
            }

            public string Manifest { get; }

            public string Privacy { get; }

            public string Changes { get; }
        }
    }
}
