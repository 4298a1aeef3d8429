package io.github.micropython4j.internal;

import java.util.List;
import java.util.Map;

/**
 * A decoded {@code host_call} request: the JSON {@code [[args...], {kwargs...}]}.
 *
 * @param args positional arguments as Jackson's plain Java values
 * @param kwargs keyword arguments as Jackson's plain Java values
 */
record HostCallRequest(List<Object> args, Map<String, Object> kwargs) {}
