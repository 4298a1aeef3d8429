package io.github.micropython4j;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An uncaught Python exception, as the guest reported it.
 *
 * @param type the exception's class name, e.g. {@code "NameError"}
 * @param message {@code str(exception)}, possibly empty (longer than 64 KiB: cut as the traceback is)
 * @param traceback the traceback text, as CPython prints it: chained exceptions first (with
 *     "The above exception was the direct cause of the following exception:" or "During
 *     handling of the above exception, another exception occurred:"), a run of identical
 *     consecutive frames as its first three and {@code [Previous line repeated N more times]},
 *     the {@code Type: message} line last; no source lines. A text longer than 64 KiB keeps
 *     its beginning and its last 8 KiB (so always its last line), with a line
 *     {@code [... N bytes of the traceback left out ...]} between them
 * @param frames the frames of this exception's traceback that the text shows (the last
 *     traceback in it), outermost first: of a run of identical consecutive frames only the
 *     first three, at most the 200 innermost
 */
public record PythonError(String type, String message, String traceback, List<Frame> frames) {

    /**
     * One traceback entry.
     *
     * @param file the source name, {@code "<string>"} for code given to a session
     * @param line the 1-based line number
     * @param function the function name, {@code "<module>"} at top level
     */
    public record Frame(String file, int line, String function) {
        /** Checks that no component is null. */
        public Frame {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(function, "function");
        }
    }

    /** Checks that no component is null and freezes the frame list. */
    public PythonError {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(traceback, "traceback");
        frames = List.copyOf(frames);
    }

    /** The innermost frame, where the exception was raised, if the traceback has any frame. */
    public Optional<Frame> innermostFrame() {
        return frames.isEmpty() ? Optional.empty() : Optional.of(frames.get(frames.size() - 1));
    }
}
