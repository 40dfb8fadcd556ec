using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Governance
{
    /// <summary>
    /// Turns identifiers into keyed hashes: HMAC-SHA256 of the UTF-8 value, as 64 lower-case hex characters. The same
    /// value gives the same hash under the same key, so events can be linked; without the key the value cannot be
    /// recovered or checked by guessing. Generated emitters hash every <see cref="DataClass.Identifier"/> field and every
    /// field declared with <c>Pseudonymize = true</c> with the client's <see cref="TelemetryClient.Pseudonymizer"/>;
    /// <see cref="TelemetryClient.Pseudonymize(string)"/> is the documented way to sanitise a value by hand.
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

            using (var hmac = new HMACSHA256(_key))
            {
                return Hex(hmac.ComputeHash(Encoding.UTF8.GetBytes(value)));
            }
        }

        /// <summary>The keyed hash of a non-string identifier, formatted with the invariant culture first.</summary>
        [TelemetrySanitizer]
        public string? Pseudonymize(object? value) => value is null ? null : Pseudonymize(Convert.ToString(value, CultureInfo.InvariantCulture));

        /// <summary>
        /// The keyed hash of each element, in order (null stays null): what generated code writes for a list of
        /// identifiers or a list declared with <c>Pseudonymize = true</c>. One key schedule for the whole list.
        /// </summary>
        [TelemetrySanitizer]
        public string?[] PseudonymizeEach(IReadOnlyList<string?> values)
        {
            if (values is null)
            {
                throw new ArgumentNullException(nameof(values));
            }

            var hashes = new string?[values.Count];
            if (hashes.Length == 0)
            {
                return hashes;
            }

            using (var hmac = new HMACSHA256(_key))
            {
                for (var i = 0; i < hashes.Length; i++)
                {
                    hashes[i] = values[i] is { } value ? Hex(hmac.ComputeHash(Encoding.UTF8.GetBytes(value))) : null;
                }
            }

            return hashes;
        }

        /// <summary>
        /// The SHA-256 hash of the UTF-8 <paramref name="value"/>, as 64 lower-case hex characters, with no key; null
        /// for null. Weaker than <see cref="Pseudonymize(string)"/>, on purpose: the same value gives the same hash on
        /// every installation and in every product that hashes this way, so values can be counted across users (how
        /// many installations use a template) without being sent as written.
        /// </summary>
        /// <remarks>
        /// What it protects: a value nobody can guess (a long random token, a private name nobody has seen) cannot be read
        /// back from its hash. What it does not protect: anyone can hash a guess and compare, so a value from a small or
        /// public set (a template name, a command, a package id, a user name) is as good as sent in clear to whoever
        /// holds a list of candidates; and a value unique to one person (an e-mail address, a path with a user name)
        /// becomes an identifier that links that person's events across products and installations. Use it only for
        /// values that are not personal and are meant to be counted across users; hash identifiers with
        /// <see cref="Pseudonymize(string)"/>. Not a <see cref="TelemetrySanitizerAttribute">sanitizer</see>: personal
        /// data that flows through it is still personal data.
        /// </remarks>
        public static string? HashWithoutKey(string? value)
        {
            if (value is null)
            {
                return null;
            }

            using (var sha = SHA256.Create())
            {
                return Hex(sha.ComputeHash(Encoding.UTF8.GetBytes(value)));
            }
        }

        /// <summary>
        /// <see cref="HashWithoutKey(string)"/> of each element, in order (null stays null), with the same weaknesses: for a
        /// list field declared to be hashed without a key.
        /// </summary>
        public static string?[] HashEachWithoutKey(IReadOnlyList<string?> values)
        {
            if (values is null)
            {
                throw new ArgumentNullException(nameof(values));
            }

            var hashes = new string?[values.Count];
            if (hashes.Length == 0)
            {
                return hashes;
            }

            using (var sha = SHA256.Create())
            {
                for (var i = 0; i < hashes.Length; i++)
                {
                    hashes[i] = values[i] is { } value ? Hex(sha.ComputeHash(Encoding.UTF8.GetBytes(value))) : null;
                }
            }

            return hashes;
        }

        private static string Hex(byte[] hash)
        {
            var builder = new StringBuilder(hash.Length * 2);
            foreach (var b in hash)
            {
                builder.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }

            return builder.ToString();
        }
    }
}
