package io.github.micropython4j.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.PythonError;
import io.github.micropython4j.RunResult;
import java.util.ArrayList;
import java.util.List;

/** Writes the tool's JSON answer: for a run, or for arguments it could not use. */
final class ToolResponse {
    private final ObjectMapper mapper;
    private final int maxOutputChars;

    ToolResponse(ObjectMapper mapper, int maxOutputChars) {
        this.mapper = mapper;
        this.maxOutputChars = maxOutputChars;
    }

    String of(RunResult result, ConversationPool.Lease lease) {
        ObjectNode json = mapper.createObjectNode();
        json.put("outcome", result.outcome().name());
        boolean truncated = result.outcome() == Outcome.OUTPUT_LIMIT;
        truncated |= putText(json, "stdout", result.stdout());
        truncated |= putText(json, "stderr", result.stderr());
        json.set("value", mapper.valueToTree(result.value().orElse(null)));
        putError(json, result);
        json.put("truncated", truncated);
        json.put("new_session", lease.fresh() || result.sessionReset());
        List<String> notices = new ArrayList<>();
        if (lease.notice() != null) {
            notices.add(lease.notice());
        }
        if (result.sessionReset()) {
            notices.add("the Python session had to be restarted (" + result.outcome()
                    + "); variables, functions and imports from earlier calls are gone");
        }
        result.valueProblem().ifPresent(problem -> notices.add(
                "the last expression's value cannot be returned as JSON (" + problem + "); print it instead"));
        if (truncated) {
            notices.add("output was cut; print less, or summarise it");
        }
        json.put("notice", notices.isEmpty() ? null : String.join("; ", notices));
        return json.toString();
    }

    String invalidArguments(String message) {
        ObjectNode json = mapper.createObjectNode();
        json.put("outcome", "INVALID_ARGUMENTS");
        json.put("stdout", "");
        json.put("stderr", "");
        json.putNull("value");
        ObjectNode error = json.putObject("error");
        error.put("type", "InvalidArguments");
        error.put("message", message);
        error.putNull("traceback");
        json.put("truncated", false);
        json.put("new_session", false);
        json.putNull("notice");
        return json.toString();
    }

    /** Puts {@code text}, cut to the output cap; returns whether it was cut. */
    private boolean putText(ObjectNode json, String field, String text) {
        if (text.length() <= maxOutputChars) {
            json.put(field, text);
            return false;
        }
        json.put(field, text.substring(0, maxOutputChars) + "\n[... " + (text.length() - maxOutputChars) + " more characters cut]");
        return true;
    }

    private static void putError(ObjectNode json, RunResult result) {
        if (result.isOk()) {
            json.putNull("error");
            return;
        }
        ObjectNode error = json.putObject("error");
        PythonError python = result.error().orElse(null);
        if (python != null) {
            error.put("type", python.type());
            error.put("message", python.message());
            error.put("traceback", python.traceback());
        } else if (result.outcome() == Outcome.EXIT) {
            error.put("type", "SystemExit");
            error.put("message", "sys.exit(" + result.exitCode().orElse(0) + ")");
            error.putNull("traceback");
        } else {
            error.put("type", result.outcome().name());
            error.put("message", result.detail().orElse(result.outcome().name()));
            error.putNull("traceback");
        }
    }
}
