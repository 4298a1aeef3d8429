package io.github.micropython4j.internal.wasi;

/**
 * One entry of a directory listing.
 *
 * @param name the file name
 * @param inode a stable number for the entry, never 0
 * @param filetype the WASI filetype (a link is a link)
 */
record DirectoryEntry(String name, long inode, int filetype) {}
