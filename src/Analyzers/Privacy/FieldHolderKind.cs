namespace Governance.Analyzers.Privacy
{
    /// <summary>What a field's holder names (<see cref="FieldHolder"/>).</summary>
    internal enum FieldHolderKind
    {
        Nothing = 0,
        Person,
        Payment,
    }
}
