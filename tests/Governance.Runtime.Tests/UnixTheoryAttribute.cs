namespace Governance.Runtime.Tests;

/// <summary>A theory about Unix file modes: skipped on Windows, where the user profile's ACL protects the consent file instead.</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "File modes are a Unix notion; on Windows the user profile's ACL applies.";
        }
    }
}
