using Governance.CodeAnalysis.Manifest;

namespace Governance.Build.Tests;

/// <summary>Which events of a manifest the expiry check looks at: the assembly's own, with a readable expiry.</summary>
public sealed class DeclaredExpiryTests
{
    [Fact]
    public void Only_the_assemblys_own_events_with_a_readable_expiry_are_checked()
    {
        // An application's manifest also lists the events of the libraries it references, each naming its assembly:
        // the library's own build checks their expiry, and the application could not change it.
        var manifest = ManifestJsonReader.Read($$"""
            {
              "manifestVersion": 1,
              "generator": { "name": "Governance", "version": "1.0.0" },
              "product": { "name": "App", "assembly": "App", "dataController": null, "privacyContact": null, "privacyPolicyUrl": null, "securityContact": null },
              "events": [
                {{Event("app.started", "App", "App.Started", "\"2026-05-31\"")}},
                {{Event("lib.synced", "Lib", "Lib.Synced", "\"2026-05-31\"")}},
                {{Event("app.forever", "App", "App.Forever", "null")}},
                {{Event("app.typo", "App", "App.Typo", "\"31/05/2026\"")}}
              ]
            }
            """);

        var events = DeclaredExpiry.ReadOwn(manifest);

        Assert.Equal(["app.started App.Started 2026-05-31"], events.Select(e => $"{e.Name} {e.SourceType} {e.Expiry:yyyy-MM-dd}"));
    }

    private static string Event(string name, string assembly, string sourceType, string expires) =>
        $$"""{ "name": "{{name}}", "assembly": "{{assembly}}", "sourceType": "{{sourceType}}", "purpose": "p", "retentionDays": 1, "consent": "optOut", "access": "team", "owner": null, "expires": {{expires}}, "dataClasses": [], "fields": [] }""";
}
