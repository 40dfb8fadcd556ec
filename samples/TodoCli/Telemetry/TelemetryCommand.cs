using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance;
using Governance.Generated;

namespace TodoCli.Telemetry;

/// <summary>`todo telemetry [status|on|off|show|manifest]`: what is collected, and the user's say over it.</summary>
public static class TelemetryCommand
{
    public static int Run(TelemetryClient client, string[] args, TextWriter output)
    {
        var action = args.Length > 0 ? args[0] : "status";
        switch (action)
        {
            case "status":
                WriteStatus(client, output);
                return 0;
            case "on":
                client.OptIn();
                output.WriteLine("Telemetry is on. Thank you! Run 'todo telemetry show' to see exactly what is sent.");
                return 0;
            case "off":
                client.OptOut();
                output.WriteLine("Telemetry is off. Nothing will be sent.");
                return 0;
            case "show":
                WriteEvents(output);
                if (args.Contains("--manifest"))
                {
                    output.WriteLine();
                    output.WriteLine("The manifest (JSON):");
                    output.WriteLine();
                    WriteManifest(output);
                }

                return 0;
            case "manifest":
                WriteManifest(output);
                return 0;
            default:
                output.WriteLine("Usage: todo telemetry [status|on|off|show [--manifest]|manifest]");
                return 2;
        }
    }

    /// <summary>Every event this version can send, with every field it carries, from the generated descriptors.</summary>
    private static void WriteEvents(TextWriter output)
    {
        output.WriteLine("What todo can send, and why:");
        foreach (var descriptor in TelemetryManifest.Events)
        {
            output.WriteLine();
            var consent = descriptor.Consent == Consent.OptIn ? "only if you agree" : "unless you turn telemetry off";
            output.WriteLine($"{descriptor.Name}: sent {consent}, kept {descriptor.RetentionDays} days, seen by: {descriptor.Access}");
            output.WriteLine("  Why: " + descriptor.Purpose);
            foreach (var field in descriptor.Fields)
            {
                output.WriteLine($"  - {field.Name} ({field.DataClass}): {field.Description}");
            }
        }
    }

    /// <summary>The manifest the build compiled into this program: the same as docs/telemetry-manifest.json.</summary>
    private static void WriteManifest(TextWriter output)
    {
        var manifest = typeof(TelemetryCommand).Assembly.GetCustomAttribute<TelemetryManifestAttribute>()!.Json;
        output.WriteLine(JsonNode.Parse(manifest)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    private static void WriteStatus(TelemetryClient client, TextWriter output)
    {
        var state = client.IsOptedOutByEnvironment
            ? $"off (DO_NOT_TRACK or {TelemetrySetup.OptOutVariable} is set)"
            : client.ConsentState switch
            {
                ConsentState.OptedIn => "on: opt-in and opt-out events are sent",
                ConsentState.OptedOut => "off: nothing is sent",
                _ => "not decided: only opt-out events are sent; run 'todo telemetry on' to allow the others",
            };
        output.WriteLine("Telemetry: " + state);
        output.WriteLine();
        output.WriteLine("Events this version can send:");
        foreach (var descriptor in TelemetryManifest.Events)
        {
            var consent = descriptor.Consent == Consent.OptIn ? "opt-in " : "opt-out";
            output.WriteLine($"  {descriptor.Name,-26} {consent}  kept {descriptor.RetentionDays,3} days  {descriptor.Purpose}");
        }

        output.WriteLine();
        output.WriteLine("'todo telemetry show' explains every field; 'todo telemetry off' or " + TelemetrySetup.OptOutVariable + "=1 turns it off.");
        output.WriteLine();
        output.WriteLine("This is the notice shown on first use:");
        output.WriteLine();
        output.Write(client.NoticeText);
    }
}
