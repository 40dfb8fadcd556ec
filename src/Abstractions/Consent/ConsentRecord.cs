using System;

namespace Governance
{
    /// <summary>What a consent store keeps for one product on one machine.</summary>
    public sealed class ConsentRecord
    {
        /// <summary>A record with no decision, no notice shown and no installation key.</summary>
        public static ConsentRecord Empty { get; } = new ConsentRecord(ConsentState.Undecided, null, null, null);

        /// <summary>Creates a record.</summary>
        public ConsentRecord(ConsentState decision, DateTimeOffset? decidedAt, DateTimeOffset? noticeShownAt, string? installationKey)
        {
            Decision = decision;
            DecidedAt = decidedAt;
            NoticeShownAt = noticeShownAt;
            InstallationKey = installationKey;
        }

        /// <summary>The user's decision.</summary>
        public ConsentState Decision { get; }

        /// <summary>When the decision was made, if one was.</summary>
        public DateTimeOffset? DecidedAt { get; }

        /// <summary>When the first-run notice was shown, if it was.</summary>
        public DateTimeOffset? NoticeShownAt { get; }

        /// <summary>A random per-installation secret (base64) that keys the pseudonymisation of identifiers.</summary>
        public string? InstallationKey { get; }

        /// <summary>A copy with a new decision.</summary>
        public ConsentRecord WithDecision(ConsentState decision, DateTimeOffset at) => new ConsentRecord(decision, at, NoticeShownAt, InstallationKey);

        /// <summary>A copy that records the notice as shown.</summary>
        public ConsentRecord WithNoticeShown(DateTimeOffset at) => new ConsentRecord(Decision, DecidedAt, at, InstallationKey);

        /// <summary>A copy with an installation key.</summary>
        public ConsentRecord WithInstallationKey(string key) => new ConsentRecord(Decision, DecidedAt, NoticeShownAt, key);

        /// <summary>A copy without the installation key: identifiers hashed under a new key cannot be linked to the old.</summary>
        public ConsentRecord WithoutInstallationKey() => new ConsentRecord(Decision, DecidedAt, NoticeShownAt, null);
    }
}
