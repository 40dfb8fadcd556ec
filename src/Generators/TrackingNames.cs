namespace Governance.Generators
{
    /// <summary>Names of pipeline steps, so incremental tests can assert what was recomputed.</summary>
    public static class TrackingNames
    {
        /// <summary>One spec per declared event.</summary>
        public const string Events = "Events";

        /// <summary>One spec per declared common context.</summary>
        public const string Contexts = "Contexts";

        /// <summary>The highest data class among the product's contexts (which can make an event need an opt-in).</summary>
        public const string ContextDataClass = "ContextDataClass";

        /// <summary>Each event's spec with the consent the product's contexts require of it.</summary>
        public const string EventsWithContext = "EventsWithContext";

        /// <summary>The common contexts of the references' manifests, each once.</summary>
        public const string ReferencedContexts = "ReferencedContexts";

        /// <summary>The assembly name and what the compilation supports (module initializers).</summary>
        public const string Target = "Target";

        /// <summary>The product declared with <c>[assembly: TelemetryProduct]</c>, if any.</summary>
        public const string Product = "Product";

        /// <summary>The name of the assembly's class that holds the <c>Track</c> methods.</summary>
        public const string TrackingClass = "TrackingClass";

        /// <summary>The generated file names that clash, ignoring case, with another (nearly always none).</summary>
        public const string FileNameClashes = "FileNameClashes";

        /// <summary>The manifest a reference carries, one step per reference (null for nearly all).</summary>
        public const string ReferencedManifest = "ReferencedManifest";

        /// <summary>The events of the references' manifests, each once.</summary>
        public const string ReferencedEvents = "ReferencedEvents";

        /// <summary>The whole manifest, built from every event spec, the assembly's own and its references'.</summary>
        public const string Manifest = "Manifest";
    }
}
