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

            try
            {
                return ConsentFileFormat.Read(text);
            }
            catch (FormatException)
            {
                return ConsentRecord.Empty;
            }
        }

        /// <inheritdoc />
        public void Save(ConsentRecord record)
        {
            var directory = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            var temporary = Path + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    var bytes = Utf8NoBom.GetBytes(ConsentFileFormat.Write(record));
                    stream.Write(bytes, 0, bytes.Length);
                    stream.Flush(flushToDisk: true);
                }

                if (File.Exists(Path))
                {
                    File.Replace(temporary, Path, destinationBackupFileName: null);
                }
                else
                {
                    File.Move(temporary, Path);
                }
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
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
