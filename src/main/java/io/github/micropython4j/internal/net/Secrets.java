package io.github.micropython4j.internal.net;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts secrets into outgoing requests and takes them out of everything that goes back to the
 * guest. Each replacement is a single left-to-right pass, so a substituted secret is never
 * itself rewritten (a secret containing another placeholder stays as it is).
 */
final class Secrets {
    private final List<SecretBinding> bindings;
    /** Every form a secret may come back in, mapped to its placeholder, longest first. */
    private final List<Replacement> masks;

    Secrets(List<SecretBinding> bindings) {
        this.bindings = List.copyOf(bindings);
        Map<String, String> forms = new LinkedHashMap<>();
        for (SecretBinding binding : bindings) {
            String encoded = percentEncode(binding.value());
            forms.put(binding.value(), binding.placeholder());
            forms.put(encoded, binding.placeholder());
            forms.put(lowerHex(encoded), binding.placeholder());
        }
        List<Replacement> list = new ArrayList<>();
        forms.forEach((secret, placeholder) -> list.add(Replacement.of(secret, placeholder)));
        list.sort(Comparator.comparingInt((Replacement r) -> r.from().length).reversed());
        this.masks = List.copyOf(list);
    }

    /** {@code value} with the placeholders of secrets bound to {@code host} replaced by the secrets. */
    String intoHeader(String value, String host) {
        return substitute(value, host, false);
    }

    /** A raw query string with the placeholders of secrets bound to {@code host} replaced by the percent-encoded secrets. */
    String intoQuery(String rawQuery, String host) {
        return substitute(rawQuery, host, true);
    }

    /** {@code text} with every secret, as is and percent-encoded, replaced by its placeholder. */
    String mask(String text) {
        if (masks.isEmpty() || text == null) {
            return text;
        }
        return new String(mask(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    /** {@code bytes} with every secret, as is and percent-encoded, replaced by its placeholder. */
    byte[] mask(byte[] bytes) {
        return masks.isEmpty() ? bytes : replace(bytes, masks);
    }

    private String substitute(String text, String host, boolean percentEncoded) {
        List<Replacement> replacements = new ArrayList<>();
        for (SecretBinding binding : bindings) {
            if (binding.hosts().contains(host)) {
                String secret = percentEncoded ? percentEncode(binding.value()) : binding.value();
                replacements.add(Replacement.of(binding.placeholder(), secret));
            }
        }
        if (replacements.isEmpty() || text == null) {
            return text;
        }
        // placeholders never contain one another (the policy's builder checks), so order is irrelevant
        return new String(replace(text.getBytes(StandardCharsets.UTF_8), replacements), StandardCharsets.UTF_8);
    }

    private static byte[] replace(byte[] input, List<Replacement> replacements) {
        ByteArrayOutputStream out = null;
        int copiedUpTo = 0;
        int i = 0;
        while (i < input.length) {
            Replacement match = null;
            for (Replacement r : replacements) {
                if (r.matchesAt(input, i)) {
                    match = r;
                    break;
                }
            }
            if (match == null) {
                i++;
                continue;
            }
            if (out == null) {
                out = new ByteArrayOutputStream(input.length);
            }
            out.write(input, copiedUpTo, i - copiedUpTo);
            out.writeBytes(match.to());
            i += match.from().length;
            copiedUpTo = i;
        }
        if (out == null) {
            return input;
        }
        out.write(input, copiedUpTo, input.length - copiedUpTo);
        return out.toByteArray();
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters, with upper-case hex. */
    static String percentEncode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static String lowerHex(String percentEncoded) {
        StringBuilder out = new StringBuilder(percentEncoded);
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) == '%' && i + 2 < out.length()) {
                out.setCharAt(i + 1, Character.toLowerCase(out.charAt(i + 1)));
                out.setCharAt(i + 2, Character.toLowerCase(out.charAt(i + 2)));
            }
        }
        return out.toString();
    }

    private record Replacement(byte[] from, byte[] to) {
        static Replacement of(String from, String to) {
            return new Replacement(from.getBytes(StandardCharsets.UTF_8), to.getBytes(StandardCharsets.UTF_8));
        }

        boolean matchesAt(byte[] input, int at) {
            if (at + from.length > input.length) {
                return false;
            }
            for (int k = 0; k < from.length; k++) {
                if (input[at + k] != from[k]) {
                    return false;
                }
            }
            return true;
        }
    }
}
