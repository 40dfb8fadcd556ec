using Governance;
using Governance.Generated;

namespace TodoCli.Telemetry;

/// <summary>`todo telemetry [status|on|off|id|show|manifest]`: what is collected, and the user's say over it.</summary>
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
                // The key goes with the opt-out, and with it the only way to tell this installation's data apart:
                // show the identifier one last time, for a user who wants what was already sent deleted.
                var forgotten = client.InstallationId;
                client.OptOut();
                output.WriteLine("Telemetry is off. Nothing will be sent, and the key that linked your data was deleted.");
                if (forgotten is not null)
                {
                    output.WriteLine("Data already sent was linked to " + forgotten + ";");
                    output.WriteLine("to have it deleted before its time is up, " + WriteTo() + " quoting that identifier.");
                }

                return 0;
            case "id":
                WriteId(client, output);
                return 0;
            case "show":
                output.Write(client.DescribeTelemetry());
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
                output.WriteLine("Usage: todo telemetry [status|on|off|id|show [--manifest]|manifest]");
                return 2;
        }
    }

    /// <summary>The identifier a user quotes to ask for their data, or for its deletion.</summary>
    private static void WriteId(TelemetryClient client, TextWriter output)
    {
        if (client.InstallationId is { } id)
        {
            output.WriteLine(id);
            output.WriteLine();
            output.WriteLine("This installation's pseudonymous identifier: the events that identify this installation carry it.");
            output.WriteLine("To ask for a copy of that data or for its deletion, " + WriteTo() + " quoting it.");
            output.WriteLine("'todo telemetry off' deletes the key behind it: note it first if you want data already sent deleted.");
        }
        else if (client.ConsentState == ConsentState.OptedOut)
        {
            output.WriteLine("No identifier: telemetry is off, and its key was deleted when you turned it off.");
            output.WriteLine("Data sent before then can no longer be linked to this installation; it is deleted when its time is up.");
        }
        else
        {
            output.WriteLine("No identifier yet: nothing sent from this installation identifies it.");
        }
    }

    private static string WriteTo() =>
        TelemetryManifest.Product?.PrivacyContact is { } contact ? "write to " + contact : "ask the makers of todo";

    /// <summary>
    /// The manifest document the build rendered, beside this program, from the manifest it compiled into it: the same as
    /// docs/telemetry-manifest.json. (The compiled form is compact and positional, for the compiler; people read this.)
    /// The build writes it into the output folder, not a publish folder: a product that ships it copies it there.
    /// </summary>
    private static void WriteManifest(TextWriter output)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "telemetry-manifest.json");
        output.Write(File.Exists(path)
            ? File.ReadAllText(path)
            : "No telemetry-manifest.json beside this program: it is written by the build (GovernanceWriteDocuments).\n");
    }

    private static void WriteStatus(TelemetryClient client, TextWriter output)
    {
        var state = client.IsOptedOutByEnvironment
            ? $"off (DO_NOT_TRACK or {client.OptOutEnvironmentVariable} is set)"
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
        output.WriteLine("'todo telemetry show' explains every field; 'todo telemetry off' or " + client.OptOutEnvironmentVariable + "=1 turns it off.");
        output.WriteLine();
        output.WriteLine("This is the notice shown on first use:");
        output.WriteLine();
        output.Write(client.NoticeText);
    }
}
