using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Governance
{
    /// <summary>
    /// Turns identifiers into keyed hashes: HMAC-SHA256 of the UTF-8 value, as 64 lower-case hex characters. The same
    /// value gives the same hash under the same key, so events can be linked; without the key the value cannot be
    /// recovered or checked by guessing. Generated emitters pass every <see cref="DataClass.Identifier"/> field
    /// through <see cref="TelemetryClient.Pseudonymize(string)"/>; it is also the documented way to sanitise a value
    /// by hand.
    /// </summary>
    public sealed class TelemetryPseudonymizer
    {
        /// <summary>The fewest key bytes accepted: shorter keys make guessing the key practical.</summary>
        public const int MinimumKeyLength = 16;

        private readonly byte[] _key;

        /// <summary>Uses <paramref name="key"/> (at least <see cref="MinimumKeyLength"/> bytes; copied).</summary>
        public TelemetryPseudonymizer(byte[] key)
        {
            if (key is null)
            {
                throw new ArgumentNullException(nameof(key));
            }

            if (key.Length < MinimumKeyLength)
            {
                throw new ArgumentException("A pseudonymisation key needs at least " + MinimumKeyLength.ToString(CultureInfo.InvariantCulture) + " bytes.", nameof(key));
            }

            _key = (byte[])key.Clone();
        }

        /// <summary>A new random 32-byte key, base64-encoded, as stored per installation.</summary>
        public static string CreateKey()
        {
            var key = new byte[32];
            using (var random = RandomNumberGenerator.Create())
            {
                random.GetBytes(key);
            }

            return Convert.ToBase64String(key);
        }

        /// <summary>The key stored as base64 (<see cref="CreateKey"/>), or null when it is not base64 or too short to use.</summary>
        internal static byte[]? TryDecodeKey(string? base64)
        {
            if (string.IsNullOrEmpty(base64))
            {
                return null;
            }

            try
            {
                var key = Convert.FromBase64String(base64);
                return key.Length >= MinimumKeyLength ? key : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }

        /// <summary>The keyed hash of <paramref name="value"/>, or null for null.</summary>
        [TelemetrySanitizer]
        public string? Pseudonymize(string? value)
        {
            if (value is null)
            {
                return null;
            }

            byte[] hash;
            using (var hmac = new HMACSHA256(_key))
            {
                hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(value));
            }

            var builder = new StringBuilder(hash.Length * 2);
            foreach (var b in hash)
            {
                builder.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }

            return builder.ToString();
        }

        /// <summary>The keyed hash of a non-string identifier, formatted with the invariant culture first.</summary>
        [TelemetrySanitizer]
        public string? Pseudonymize(object? value) => value is null ? null : Pseudonymize(Convert.ToString(value, CultureInfo.InvariantCulture));
    }
}
