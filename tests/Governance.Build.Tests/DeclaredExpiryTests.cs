namespace Governance.Build.Tests;

/// <summary>Which events of a manifest the expiry check looks at: the assembly's own, with a readable expiry.</summary>
public sealed class DeclaredExpiryTests
{
    [Fact]
    public void Only_the_assemblys_own_events_with_a_readable_expiry_are_checked()
    {
        // An application's manifest also lists the events of the libraries it references, each naming its assembly:
        // the library's own build checks their expiry, and the application could not change it.
        const string Manifest = """
            {
              "manifestVersion": 1,
              "product": { "name": "App", "assembly": "App" },
              "events": [
                { "name": "app.started", "assembly": "App", "sourceType": "App.Started", "expires": "2026-05-31", "fields": [] },
                { "name": "lib.synced", "assembly": "Lib", "sourceType": "Lib.Synced", "expires": "2026-05-31", "fields": [] },
                { "name": "app.legacy", "sourceType": "App.Legacy", "expires": "2026-05-31", "fields": [] },
                { "name": "app.forever", "assembly": "App", "sourceType": "App.Forever", "expires": null, "fields": [] },
                { "name": "app.typo", "assembly": "App", "sourceType": "App.Typo", "expires": "31/05/2026", "fields": [] }
              ]
            }
            """;

        var events = DeclaredExpiry.ReadOwn(Manifest);

        Assert.Equal(["app.started App.Started 2026-05-31", "app.legacy App.Legacy 2026-05-31"], events.Select(e => $"{e.Name} {e.SourceType} {e.Expiry:yyyy-MM-dd}"));
    }

    [Fact]
    public void A_manifest_without_events_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => DeclaredExpiry.ReadOwn("{ \"manifestVersion\": 1 }"));
    }
}
