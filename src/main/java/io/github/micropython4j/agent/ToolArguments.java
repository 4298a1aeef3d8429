package io.github.micropython4j.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Set;

/** The tool's arguments, {@code {"code": str, "reset": bool?}}, parsed strictly. */
record ToolArguments(String code, boolean reset) {
    private static final Set<String> NAMES = Set.of("code", "reset");

    /** @throws IllegalArgumentException saying what is wrong with the arguments */
    static ToolArguments parse(ObjectMapper mapper, String json) {
        if (json == null) {
            throw new IllegalArgumentException("the arguments are missing");
        }
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the arguments are not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("the arguments must be a JSON object with a \"code\" string");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown argument \"" + name + "\"; the arguments are \"code\" and \"reset\"");
            }
        }
        JsonNode code = node.get("code");
        if (code == null || !code.isTextual()) {
            throw new IllegalArgumentException("\"code\" must be a string of Python code");
        }
        JsonNode reset = node.get("reset");
        if (reset != null && !reset.isNull() && !reset.isBoolean()) {
            throw new IllegalArgumentException("\"reset\" must be true or false");
        }
        return new ToolArguments(code.asText(), reset != null && reset.asBoolean(false));
    }
}
