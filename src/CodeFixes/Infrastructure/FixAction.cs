namespace Governance.CodeFixes.Infrastructure
{
    /// <summary>One fix offered for a diagnostic: its title and the key that groups it for Fix All.</summary>
    public sealed class FixAction
    {
        /// <summary>Creates a fix action.</summary>
        public FixAction(string title, string equivalenceKey)
        {
            Title = title;
            EquivalenceKey = equivalenceKey;
        }

        /// <summary>The title shown in the light-bulb menu.</summary>
        public string Title { get; }

        /// <summary>The key that groups this fix for Fix All.</summary>
        public string EquivalenceKey { get; }
    }
}
