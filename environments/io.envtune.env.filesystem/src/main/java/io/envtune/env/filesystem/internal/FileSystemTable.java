package io.envtune.env.filesystem.internal;

import io.envtune.toolkit.Param;
import io.envtune.toolkit.ToolTable;

/** The 18 GorillaFileSystem tools, parameters in Python signature order with the Python defaults. */
final class FileSystemTable {

    /** The BFCL class name, used as environment id and in Python error texts. */
    static final String OWNER = "GorillaFileSystem";

    /** The tool table, shared by every instance. */
    static final ToolTable<FileSystemState> TABLE = ToolTable.<FileSystemState>builder(OWNER)
        .tool("pwd", "Show the path of the current directory, starting with the root's name.", NavigationTools::pwd)
        .tool("ls", "List the entries of the current directory.", NavigationTools::ls,
            Param.optional("a", "boolean", "Also list entries whose name starts with a dot.", false))
        .tool("cd", "Enter a sub-directory of the current directory, '..' for the parent or '/' for the root.",
            NavigationTools::cd, Param.required("folder", "string", "A single directory name, '..', '.' or '/'."))
        .tool("mkdir", "Create an empty directory in the current directory.", EditTools::mkdir,
            Param.required("dir_name", "string", "Name of the new directory (no path)."))
        .tool("touch", "Create an empty file in the current directory.", EditTools::touch,
            Param.required("file_name", "string", "Name of the new file (no path)."))
        .tool("echo", "Print text, or overwrite an existing file of the current directory with it.", EditTools::echo,
            Param.required("content", "string", "The text to print or write."),
            Param.optional("file_name", "string", "Existing file to overwrite; omit to print instead.", null))
        .tool("cat", "Show the content of a file in the current directory.", TextTools::cat,
            Param.required("file_name", "string", "Name of the file (no path)."))
        .tool("find", "List entries below a directory whose names contain a given text.", SearchTools::find,
            Param.optional("path", "string", "Directory to search from; '.' is the current one.", "."),
            Param.optional("name", "string", "Text the entry names must contain; omit to list everything.", null))
        .tool("wc", "Count the lines, words or characters of a file in the current directory.", TextTools::wc,
            Param.required("file_name", "string", "Name of the file (no path)."),
            Param.optional("mode", "string", "'l' for lines, 'w' for words, 'c' for characters.", "l"))
        .tool("sort", "Show the lines of a file in the current directory in sorted order.", TextTools::sort,
            Param.required("file_name", "string", "Name of the file (no path)."))
        .tool("grep", "Show the lines of a file in the current directory that contain a text.", TextTools::grep,
            Param.required("file_name", "string", "Name of the file (no path)."),
            Param.required("pattern", "string", "Text the lines must contain."))
        .tool("du", "Total size in bytes of the files below the current directory.", SearchTools::du,
            Param.optional("human_readable", "boolean", "Print the size with a unit (B, KB, MB, ...).", false))
        .tool("tail", "Show the last lines of a file in the current directory.", TextTools::tail,
            Param.required("file_name", "string", "Name of the file (no path)."),
            Param.optional("lines", "integer", "How many lines to show from the end.", 10L))
        .tool("diff", "Compare two files of the current directory line by line.", TextTools::diff,
            Param.required("file_name1", "string", "Name of the first file."),
            Param.required("file_name2", "string", "Name of the second file."))
        .tool("mv", "Rename an entry of the current directory or move it into a sub-directory.", TransferTools::mv,
            Param.required("source", "string", "Name of the entry to move."),
            Param.required("destination", "string", "New name, or name of an existing directory (no path)."))
        .tool("rm", "Delete a file or a whole directory from the current directory.", EditTools::rm,
            Param.required("file_name", "string", "Name of the entry to delete."))
        .tool("rmdir", "Delete an empty directory from the current directory.", EditTools::rmdir,
            Param.required("dir_name", "string", "Name of the directory to delete."))
        .tool("cp", "Copy an entry of the current directory to a new name or into a sub-directory.", TransferTools::cp,
            Param.required("source", "string", "Name of the entry to copy."),
            Param.required("destination", "string", "New name, or name of an existing directory (no path)."))
        .build();

    private FileSystemTable() {
    }
}
