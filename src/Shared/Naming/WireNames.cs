namespace Governance.CodeAnalysis.Naming
{
    /// <summary>The default wire name of a field: its property name in snake_case (<c>DurationMs</c> → <c>duration_ms</c>).</summary>
    internal static class WireNames
    {
        public static string FromPropertyName(string propertyName)
        {
            var words = IdentifierWords.Split(propertyName);
            return words.Count == 0 ? propertyName : string.Join("_", words);
        }
    }
}
