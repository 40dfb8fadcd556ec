namespace Governance.Generators
{
    /// <summary>Names of pipeline steps, so incremental tests can assert what was recomputed.</summary>
    public static class TrackingNames
    {
        /// <summary>One spec per declared event.</summary>
        public const string Events = "Events";

        /// <summary>The assembly name and what the compilation supports (module initializers).</summary>
        public const string Target = "Target";

        /// <summary>The product declared with <c>[assembly: TelemetryProduct]</c>, if any.</summary>
        public const string Product = "Product";

        /// <summary>The whole manifest, built from every event spec.</summary>
        public const string Manifest = "Manifest";
    }
}
