namespace Governance
{
    /// <summary>Keeps the decision for the life of the process only: for tests, and for hosts that store it elsewhere.</summary>
    public sealed class InMemoryConsentStore : IConsentStore
    {
        private ConsentRecord _record;

        /// <summary>Starts with <paramref name="initial"/>, or with no decision.</summary>
        public InMemoryConsentStore(ConsentRecord? initial = null)
        {
            _record = initial ?? ConsentRecord.Empty;
        }

        /// <inheritdoc />
        public ConsentRecord Load() => _record;

        /// <inheritdoc />
        public void Save(ConsentRecord record) => _record = record;
    }
}
