using System;
using System.IO;
using System.Runtime.InteropServices;

namespace Governance
{
    /// <summary>
    /// Files only their owner may read or write, for secrets kept on disk (the consent file holds the pseudonymisation
    /// key: whoever reads it can test guesses against every hashed identifier). On Linux and macOS a file is created
    /// with mode 0600 and a folder this creates with 0700, the mode given at creation: a chmod after creating leaves a
    /// moment in which another account can open the file and keep reading through that handle. An existing folder is
    /// left as it is (it may hold other programs' files). On Windows the folder's inherited ACL applies; under
    /// <c>%APPDATA%</c> that is the user, SYSTEM and administrators.
    /// </summary>
    /// <remarks>
    /// The net8.0 build uses the runtime's Unix file-mode API. The netstandard2.0 build (.NET Framework, older .NET,
    /// Mono) has none; on Unix it calls libc's <c>mkdir</c> and <c>chmod</c>, which take the same arguments on every
    /// Unix: the file is written inside a new 0700 folder, where no other account can reach it, made 0600 there and
    /// then renamed into place. That build cannot read a mode back (<c>stat</c>'s layout differs between systems), so
    /// <see cref="IsOpenToOthers"/> is false there.
    /// </remarks>
    internal static class OwnerOnlyFile
    {
        /// <summary>Creates the folder, and any missing parents, when it does not exist; the folder itself owner-only.</summary>
        public static void CreateDirectory(string path)
        {
            if (Directory.Exists(path))
            {
                return;
            }

#if NET8_0_OR_GREATER
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(path);
            }
            else
            {
                Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
#else
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                Directory.CreateDirectory(path);
                return;
            }

            var parent = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(parent))
            {
                Directory.CreateDirectory(parent);
            }

            LibcFileModes.CreateDirectory(path, mayExist: true);
#endif
        }

        /// <summary>
        /// Replaces <paramref name="path"/> with <paramref name="content"/> atomically: a new owner-only file is
        /// written, flushed to disk and renamed over the old one, so a reader sees the old file or the new one, never
        /// half of one, and the result is owner-only whatever the old file's mode was.
        /// </summary>
        public static void WriteAtomically(string path, byte[] content)
        {
            var suffix = "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
#if NET8_0_OR_GREATER
            var temporary = path + suffix;
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                Write(new FileStream(temporary, options), content);
                Replace(temporary, path);
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
#else
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                var temporary = path + suffix;
                try
                {
                    Write(new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None), content);
                    Replace(temporary, path);
                }
                finally
                {
                    if (File.Exists(temporary))
                    {
                        File.Delete(temporary);
                    }
                }

                return;
            }

            // No portable way to create a file with a mode: make it where only the owner can reach it instead.
            var privateDirectory = path + suffix;
            LibcFileModes.CreateDirectory(privateDirectory, mayExist: false);
            try
            {
                var temporary = Path.Combine(privateDirectory, Path.GetFileName(path));
                Write(new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None), content);
                LibcFileModes.MakeOwnerOnly(temporary);
                Replace(temporary, path);
            }
            finally
            {
                Directory.Delete(privateDirectory, recursive: true);
            }
#endif
        }

        /// <summary>
        /// True when the file grants any access to its group or to other accounts (Linux and macOS, net8.0 build):
        /// a secret in it may have been read, or replaced by one somebody else knows.
        /// </summary>
        public static bool IsOpenToOthers(string path)
        {
#if NET8_0_OR_GREATER
            if (OperatingSystem.IsWindows())
            {
                return false;
            }

            const UnixFileMode GroupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
                | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
            return (File.GetUnixFileMode(path) & GroupOrOther) != 0;
#else
            return false;
#endif
        }

        private static void Write(FileStream stream, byte[] content)
        {
            using (stream)
            {
                stream.Write(content, 0, content.Length);
                stream.Flush(flushToDisk: true);
            }
        }

        private static void Replace(string temporary, string path)
        {
            if (File.Exists(path))
            {
                File.Replace(temporary, path, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temporary, path);
            }
        }
    }
}
