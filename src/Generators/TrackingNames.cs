namespace Governance.Generators
{
    /// <summary>Names of pipeline steps, so incremental tests can assert what was recomputed.</summary>
    public static class TrackingNames
    {
        /// <summary>One spec per declared event.</summary>
        public const string Events = "Events";

        /// <summary>The assembly name, the manifest's default product name.</summary>
        public const string AssemblyName = "AssemblyName";

        /// <summary>The whole manifest, built from every event spec.</summary>
        public const string Manifest = "Manifest";
    }
}
