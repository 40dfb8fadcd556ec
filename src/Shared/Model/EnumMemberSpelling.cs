namespace Governance.CodeAnalysis.Model
{
    /// <summary>One member of a Governance enum, as it is written in each place it appears.</summary>
    internal sealed class EnumMemberSpelling
    {
        public EnumMemberSpelling(int value, string memberName, string token, string? title = null)
        {
            Value = value;
            MemberName = memberName;
            Token = token;
            Title = title ?? memberName;
        }

        /// <summary>The numeric value, the same in the runtime enum and its compiler-side mirror.</summary>
        public int Value { get; }

        /// <summary>The C# member name, for generated code and diagnostic messages.</summary>
        public string MemberName { get; }

        /// <summary>The machine-readable spelling: manifest, reviewed baseline, OpenTelemetry attributes, consent file.</summary>
        public string Token { get; }

        /// <summary>The words the documents use for it; the member name unless they read better otherwise.</summary>
        public string Title { get; }
    }
}
