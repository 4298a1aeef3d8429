package io.github.micropython4j.internal.wasi;

import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Maps the JDK's file exceptions to WASI error numbers; what it does not know is {@code EIO}. */
final class Errors {
    private Errors() {}

    static WasiError of(Exception e) {
        return new WasiError(errno(e));
    }

    static int errno(Exception e) {
        if (e instanceof WasiError) {
            return ((WasiError) e).errno();
        } else if (e instanceof NoSuchFileException) {
            return WasiErrno.NOENT;
        } else if (e instanceof FileAlreadyExistsException) {
            return WasiErrno.EXIST;
        } else if (e instanceof DirectoryNotEmptyException) {
            return WasiErrno.NOTEMPTY;
        } else if (e instanceof NotDirectoryException) {
            return WasiErrno.NOTDIR;
        } else if (e instanceof AccessDeniedException) {
            return WasiErrno.ACCES;
        } else if (e instanceof FileSystemLoopException) {
            return WasiErrno.LOOP;
        } else if (e instanceof ClosedChannelException || e instanceof NonReadableChannelException
                || e instanceof NonWritableChannelException) {
            return WasiErrno.BADF;
        } else if (e instanceof InvalidPathException || e instanceof IllegalArgumentException) {
            return WasiErrno.INVAL;
        }
        return WasiErrno.IO;
    }
}
