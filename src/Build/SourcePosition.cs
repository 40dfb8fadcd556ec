namespace Governance.Build
{
    /// <summary>A place in a source file as the compiler reports one: the file, and a line and column counted from 1.</summary>
    internal sealed class SourcePosition
    {
        public SourcePosition(string file, int offset, int line, int column)
        {
            File = file;
            Offset = offset;
            Line = line;
            Column = column;
        }

        public string File { get; }

        /// <summary>The index of the position in the file's text.</summary>
        public int Offset { get; }

        public int Line { get; }

        /// <summary>The column in characters (UTF-16 code units), a tab counting as one, like the compiler's.</summary>
        public int Column { get; }

        /// <summary>The position of <paramref name="offset"/> in <paramref name="text"/> (line breaks: \r\n, \n or \r).</summary>
        public static SourcePosition At(string file, string text, int offset)
        {
            int line = 1, lineStart = 0;
            for (var i = 0; i < offset && i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return new SourcePosition(file, offset, line, offset - lineStart + 1);
        }
    }
}
