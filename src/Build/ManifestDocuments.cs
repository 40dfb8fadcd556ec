namespace Governance.Build
{
    /// <summary>The manifest and privacy document as the generator compiled them into an assembly.</summary>
    public sealed class ManifestDocuments
    {
        /// <summary>Creates the pair.</summary>
        public ManifestDocuments(string json, string markdown)
        {
            Json = json;
            Markdown = markdown;
        }

        /// <summary>The JSON manifest.</summary>
        public string Json { get; }

        /// <summary>The Markdown privacy document.</summary>
        public string Markdown { get; }
    }
}
