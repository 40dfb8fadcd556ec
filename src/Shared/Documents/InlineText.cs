namespace Governance.CodeAnalysis.Documents
{
    /// <summary>A run of text in a paragraph or a list item; the renderers escape it, so any declared text can go here.</summary>
    internal sealed class InlineText
    {
        private InlineText(InlineKind kind, string text)
        {
            Kind = kind;
            Text = text;
        }

        public InlineKind Kind { get; }

        public string Text { get; }

        public static InlineText Plain(string text) => new InlineText(InlineKind.Plain, text);

        public static InlineText Strong(string text) => new InlineText(InlineKind.Strong, text);

        public static InlineText Code(string text) => new InlineText(InlineKind.Code, text);

        /// <summary>A web address: linked when it is an http or https address, else shown as plain text.</summary>
        public static InlineText Address(string text) => new InlineText(IsWebAddress(text) ? InlineKind.Link : InlineKind.Plain, text);

        private static bool IsWebAddress(string text) =>
            (text.StartsWith("https://", System.StringComparison.OrdinalIgnoreCase) || text.StartsWith("http://", System.StringComparison.OrdinalIgnoreCase))
            && text.IndexOfAny(new[] { ' ', '\t', '\n', '\r', '"', '<', '>' }) < 0;
    }
}
