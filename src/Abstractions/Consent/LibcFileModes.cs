#if !NET8_0_OR_GREATER
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;

namespace Governance
{
    /// <summary>
    /// libc's <c>mkdir</c> and <c>chmod</c>, for the netstandard2.0 build on Linux and macOS, which has no file-mode API
    /// (see <see cref="OwnerOnlyFile"/>). Both take a path and a mode, the same on every Unix; no flags whose values
    /// differ between systems are needed. A failure is an <see cref="IOException"/>, which the consent store's caller
    /// counts; the key is never written where others could read it.
    /// </summary>
    internal static class LibcFileModes
    {
        private const int OwnerReadWrite = 0x180; // 0600
        private const int OwnerReadWriteSearch = 0x1C0; // 0700

        /// <summary>
        /// Creates one folder with mode 0700 (less the process's umask, which only ever removes bits). A folder that
        /// already exists is accepted only when <paramref name="mayExist"/> (another process may have just made it);
        /// otherwise somebody else may have made it, with any mode, and it is refused.
        /// </summary>
        public static void CreateDirectory(string path, bool mayExist)
        {
            if (mkdir(path, OwnerReadWriteSearch) != 0)
            {
                var error = Marshal.GetLastWin32Error();
                if (!mayExist || !Directory.Exists(path))
                {
                    throw new IOException("Could not create the owner-only folder '" + path + "' (errno " + error.ToString(CultureInfo.InvariantCulture) + ").");
                }
            }
        }

        /// <summary>Sets mode 0600 on a file that no other account can reach yet.</summary>
        public static void MakeOwnerOnly(string path)
        {
            if (chmod(path, OwnerReadWrite) != 0)
            {
                throw new IOException("Could not make '" + path + "' owner-only (errno " + Marshal.GetLastWin32Error().ToString(CultureInfo.InvariantCulture) + ").");
            }
        }

        [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        private static extern int mkdir(string path, int mode);

        [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        private static extern int chmod(string path, int mode);
    }
}
#endif
