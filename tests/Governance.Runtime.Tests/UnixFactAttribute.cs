namespace Governance.Runtime.Tests;

/// <summary>A test of Unix file modes: skipped on Windows, where the user profile's ACL protects the consent file instead.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "File modes are a Unix notion; on Windows the user profile's ACL applies.";
        }
    }
}
