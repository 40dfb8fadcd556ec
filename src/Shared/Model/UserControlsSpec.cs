namespace Governance.CodeAnalysis.Model
{
    /// <summary>
    /// How a user controls a product's telemetry, as <c>[assembly: TelemetryProduct]</c> declares it: the product's own
    /// opt-out variable and its commands (each null when not declared). The privacy document names them; the generated
    /// product descriptor carries them to the runtime, whose options use them when the code sets none.
    /// </summary>
    internal sealed record UserControlsSpec(
        string? OptOutEnvironmentVariable,
        string? OptOutCommand,
        string? OptInCommand,
        string? ShowCommand,
        string? InstallationIdCommand)
    {
        /// <summary>This one, or null when it declares nothing, so a product without controls has none to compare.</summary>
        public UserControlsSpec? NullWhenEmpty() =>
            OptOutEnvironmentVariable is null && OptOutCommand is null && OptInCommand is null && ShowCommand is null && InstallationIdCommand is null
                ? null
                : this;
    }
}
