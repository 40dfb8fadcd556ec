namespace Governance.CodeAnalysis.Documents
{
    /// <summary>A heading; <see cref="Id"/> is unique in its document, so a web page can link to the section.</summary>
    internal sealed class DocumentHeading : DocumentBlock
    {
        public DocumentHeading(int level, string text, string id)
        {
            Level = level;
            Text = text;
            Id = id;
        }

        /// <summary>1 for the title, 2 for a section, 3 for an event.</summary>
        public int Level { get; }

        public string Text { get; }

        public string Id { get; }
    }
}
