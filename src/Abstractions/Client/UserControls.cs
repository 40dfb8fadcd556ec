namespace Governance
{
    /// <summary>
    /// The product's opt-out variable and commands as a client uses them: each one the code set in
    /// <see cref="TelemetryOptions"/>, else the one <c>[assembly: TelemetryProduct]</c> declared (the product descriptor),
    /// so a product declares them once, where the privacy document can name them too. Blank counts as not set.
    /// </summary>
    internal sealed class UserControls
    {
        private UserControls(TelemetryOptions options, TelemetryProductDescriptor? product)
        {
            OptOutEnvironmentVariable = Either(options.OptOutEnvironmentVariable, product?.OptOutEnvironmentVariable);
            OptOutCommand = Either(options.OptOutCommand, product?.OptOutCommand);
            OptInCommand = Either(options.OptInCommand, product?.OptInCommand);
            ShowCommand = Either(options.ShowCommand, product?.ShowCommand);
            InstallationIdCommand = Either(options.InstallationIdCommand, product?.InstallationIdCommand);
        }

        public string? OptOutEnvironmentVariable { get; }

        public string? OptOutCommand { get; }

        public string? OptInCommand { get; }

        public string? ShowCommand { get; }

        public string? InstallationIdCommand { get; }

        /// <summary>The controls for <paramref name="options"/>, with <paramref name="product"/> filling what the code did not set.</summary>
        public static UserControls Resolve(TelemetryOptions options, TelemetryProductDescriptor? product) => new UserControls(options, product);

        private static string? Either(string? configured, string? declared) =>
            !string.IsNullOrWhiteSpace(configured) ? configured
            : !string.IsNullOrWhiteSpace(declared) ? declared
            : null;
    }
}
