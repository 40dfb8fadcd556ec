using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace Governance
{
    /// <summary>
    /// Keeps the decision in a small JSON file in the user's configuration directory:
    /// <c>$XDG_CONFIG_HOME/&lt;product&gt;/telemetry.json</c> (or <c>~/.config/…</c>) on Linux and macOS,
    /// <c>%APPDATA%\&lt;product&gt;\telemetry.json</c> on Windows. Writes are atomic (a temporary file renamed over
    /// the old one). A missing, corrupt or unreadable file reads as "no decision".
    /// </summary>
    /// <remarks>
    /// The file holds the installation's pseudonymisation key, so it is owner-only (<see cref="OwnerOnlyFile"/>: 0600
    /// in a 0700 folder when this creates the folder; the profile's ACL on Windows). A file found open to other
    /// accounts is rewritten owner-only without its key, and a new key is made: somebody may already have read the
    /// old one, and tightening the mode would not undo that. Identifiers hash differently from then on, once.
    /// </remarks>
    public sealed class FileConsentStore : IConsentStore
    {
        private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        /// <summary>Uses the file at <paramref name="path"/>.</summary>
        public FileConsentStore(string path)
        {
            Path = path ?? throw new ArgumentNullException(nameof(path));
        }

        /// <summary>The consent file.</summary>
        public string Path { get; }

        /// <summary>The store at the default location for a product.</summary>
        public static FileConsentStore ForProduct(string productName, Func<string, string?>? environmentVariableReader = null) =>
            new FileConsentStore(DefaultPath(productName, environmentVariableReader ?? Environment.GetEnvironmentVariable));

        /// <summary>The default consent file of a product, as described on <see cref="FileConsentStore"/>.</summary>
        public static string DefaultPath(string productName, Func<string, string?> environmentVariableReader)
        {
            if (string.IsNullOrWhiteSpace(productName))
            {
                throw new ArgumentException("A product name is needed to find the consent file.", nameof(productName));
            }

            string directory;
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                directory = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData);
            }
            else
            {
                var xdg = environmentVariableReader("XDG_CONFIG_HOME");
                directory = !string.IsNullOrEmpty(xdg) && System.IO.Path.IsPathRooted(xdg)
                    ? xdg!
                    : System.IO.Path.Combine(environmentVariableReader("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
            }

            return System.IO.Path.Combine(directory, SafeDirectoryName(productName), "telemetry.json");
        }

        /// <inheritdoc />
        public ConsentRecord Load()
        {
            string text;
            try
            {
                if (!File.Exists(Path))
                {
                    return ConsentRecord.Empty;
                }

                text = File.ReadAllText(Path, Utf8NoBom);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is System.Security.SecurityException)
            {
                return ConsentRecord.Empty;
            }

            ConsentRecord record;
            try
            {
                record = ConsentFileFormat.Read(text);
            }
            catch (FormatException)
            {
                return ConsentRecord.Empty;
            }

            return record.InstallationKey is not null && IsOpenToOthers() ? ForgetExposedKey(record) : record;
        }

        /// <inheritdoc />
        public void Save(ConsentRecord record)
        {
            var directory = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(directory))
            {
                OwnerOnlyFile.CreateDirectory(directory!);
            }

            OwnerOnlyFile.WriteAtomically(Path, Utf8NoBom.GetBytes(ConsentFileFormat.Write(record)));
        }

        private bool IsOpenToOthers()
        {
            try
            {
                return OwnerOnlyFile.IsOpenToOthers(Path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // Gone or unreadable since it was read: the next save writes it owner-only anyway.
                return false;
            }
        }

        /// <summary>The record without its key, written back owner-only so the exposed key leaves the disk now.</summary>
        private ConsentRecord ForgetExposedKey(ConsentRecord record)
        {
            var withoutKey = record.WithoutInstallationKey();
            try
            {
                Save(withoutKey);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // The key is not used either way; the client's next save tries again.
            }

            return withoutKey;
        }

        private static string SafeDirectoryName(string productName)
        {
            var invalid = System.IO.Path.GetInvalidFileNameChars();
            var builder = new StringBuilder(productName.Length);
            foreach (var c in productName.Trim())
            {
                builder.Append(Array.IndexOf(invalid, c) >= 0 || c == '/' || c == '\\' || c == ':' ? '_' : c);
            }

            var name = builder.ToString().Trim('.', ' ');
            return name.Length == 0 ? "_" : name;
        }
    }
}
