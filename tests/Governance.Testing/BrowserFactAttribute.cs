using Xunit;

namespace Governance.Testing;

/// <summary>
/// A test that needs a real browser (<see cref="HeadlessBrowser"/>): skipped, with how to install one, on a machine
/// that has only the .NET SDK, so the README's test command still passes there. CI installs Chromium (.ci/run).
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (HeadlessBrowser.ExecutablePath is null)
        {
            Skip = HeadlessBrowser.MissingBrowserMessage;
        }
    }
}
