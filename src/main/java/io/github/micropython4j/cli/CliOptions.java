package io.github.micropython4j.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsed command line.
 *
 * @param help whether {@code --help} was given
 * @param code the {@code -c} program, or null
 * @param file the program file ({@code "-"} for stdin), or null; neither code nor file means REPL
 * @param memoryLimit {@code --memory} in bytes, or null for the default
 * @param timeout {@code --timeout}, or null for the default
 * @param fuel {@code --fuel} in units, or null for the default
 * @param mounts the {@code --allow-read}/{@code --allow-write} directories in order
 * @param netHosts the {@code --allow-net} hosts in order; empty means no network
 * @param scratch {@code --scratch} in bytes, or null for no scratch directory
 */
record CliOptions(boolean help, String code, String file, Long memoryLimit, Duration timeout, Long fuel,
        List<Mount> mounts, List<NetHost> netHosts, Long scratch) {

    /** Where {@code --scratch} puts the scratch directory. */
    static final String SCRATCH_PATH = "/scratch";

    /**
     * A directory the guest may see.
     *
     * @param hostDirectory the host directory
     * @param guestPath where the guest sees it
     * @param writable whether the guest may change it
     */
    record Mount(Path hostDirectory, String guestPath, boolean writable) {}

    /**
     * A host the guest may send HTTP requests to, over http or https.
     *
     * @param host the host name or IP address (IPv6 in brackets)
     * @param port the port, or {@link #ANY_PORT}
     */
    record NetHost(String host, int port) {
        static final int ANY_PORT = -1;
    }

    static final String USAGE = String.join("\n",
            "usage: java -jar micropython4j.jar [options] [-c CODE | FILE | -]",
            "",
            "Runs Python code in a MicroPython sandbox. With no CODE or FILE, starts an",
            "interactive session that keeps its globals between statements; '-' reads the",
            "program from standard input.",
            "",
            "options:",
            "  -c CODE                    run CODE",
            "  --memory BYTES             guest memory limit, e.g. 16M, 512K, 1G (default 16M)",
            "  --timeout SECONDS          wall-clock limit per run, e.g. 30 or 0.5 (default 30)",
            "  --fuel N                   work limit per run in fuel units, e.g. 30000000 or 2e9",
            "                             (default 30000000, about a second; one unit is one",
            "                             byte of bytecode or C loop iteration, deterministic)",
            "  --allow-read HOSTDIR[:GUESTDIR]   let the code read HOSTDIR, at GUESTDIR",
            "                             (an absolute path; default: HOSTDIR's absolute path);",
            "                             links in HOSTDIR are followed only if they stay in it",
            "  --allow-write HOSTDIR[:GUESTDIR]  the same, and let it change files there",
            "                             (it may add up to 64M and 1000 files per run of the tool)",
            "  --scratch SIZE             an empty directory at /scratch holding up to SIZE bytes,",
            "                             e.g. 16M; deleted when the program ends",
            "  --allow-net HOST[:PORT][,HOST[:PORT]...]",
            "                             let the code make HTTP and HTTPS requests (urllib,",
            "                             requests) to HOST, on any port unless PORT is given;",
            "                             names are not resolved (IPv6 in brackets: [::1]:8080);",
            "                             redirects are checked too (default: no network)",
            "  -h, --help                 show this help",
            "",
            "exit status: 0 ok, 1 uncaught Python exception, 2 usage error,",
            "124 a limit (fuel, time, memory, output) was hit, n for sys.exit(n).");

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)(i?b)?", Pattern.CASE_INSENSITIVE);

    /** Parses {@code args}. */
    static CliOptions parse(String[] args) throws UsageException {
        boolean help = false;
        String code = null;
        String file = null;
        Long memory = null;
        Duration timeout = null;
        Long fuel = null;
        List<Mount> mounts = new ArrayList<>();
        List<NetHost> netHosts = new ArrayList<>();
        Long scratch = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String option = arg;
            String inlineValue = null;
            if (arg.startsWith("--") && arg.contains("=")) {
                option = arg.substring(0, arg.indexOf('='));
                inlineValue = arg.substring(arg.indexOf('=') + 1);
            }
            if (code != null || file != null) {
                throw new UsageException("unexpected argument after the program: '" + arg + "'");
            }
            switch (option) {
                case "-h":
                case "--help":
                    help = true;
                    break;
                case "-c":
                    if (i + 1 >= args.length) {
                        throw new UsageException("-c needs CODE");
                    }
                    code = args[++i];
                    break;
                case "--memory":
                    memory = parseSize(inlineValue != null ? inlineValue : value(args, ++i, option));
                    break;
                case "--timeout":
                    timeout = parseTimeout(inlineValue != null ? inlineValue : value(args, ++i, option));
                    break;
                case "--fuel":
                    fuel = parseFuel(inlineValue != null ? inlineValue : value(args, ++i, option));
                    break;
                case "--allow-read":
                    mounts.add(parseMount(inlineValue != null ? inlineValue : value(args, ++i, option), false));
                    break;
                case "--allow-write":
                    mounts.add(parseMount(inlineValue != null ? inlineValue : value(args, ++i, option), true));
                    break;
                case "--allow-net":
                    netHosts.addAll(parseNetHosts(inlineValue != null ? inlineValue : value(args, ++i, option)));
                    break;
                case "--scratch":
                    scratch = parseSize(inlineValue != null ? inlineValue : value(args, ++i, option));
                    break;
                case "--":
                    if (i + 1 < args.length) {
                        file = args[++i];
                    }
                    break;
                default:
                    if (arg.startsWith("-") && !arg.equals("-")) {
                        throw new UsageException("unknown option '" + arg + "'");
                    }
                    file = arg;
            }
        }
        return new CliOptions(help, code, file, memory, timeout, fuel, List.copyOf(mounts), List.copyOf(netHosts),
                scratch);
    }

    private static String value(String[] args, int index, String option) throws UsageException {
        if (index >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[index];
    }

    /** Parses a byte count such as {@code 16M}, {@code 512K}, {@code 1G}, {@code 1048576} or {@code 64MiB}. */
    static long parseSize(String text) throws UsageException {
        Matcher matcher = SIZE.matcher(text.trim());
        if (!matcher.matches()) {
            throw new UsageException("not a size: '" + text + "' (examples: 16M, 512K, 1G)");
        }
        int shift;
        switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "k":
                shift = 10;
                break;
            case "m":
                shift = 20;
                break;
            case "g":
                shift = 30;
                break;
            default:
                shift = 0;
        }
        long bytes;
        try {
            bytes = Long.parseLong(matcher.group(1));
        } catch (NumberFormatException e) {
            throw new UsageException("size too large: '" + text + "'");
        }
        if (bytes <= 0 || bytes > (4L << 30) >> shift) {
            throw new UsageException("size must be between 1 byte and 4G: '" + text + "'");
        }
        return bytes << shift;
    }

    /** Parses a positive whole number of fuel units, also written as {@code 2e9}. */
    static long parseFuel(String text) throws UsageException {
        java.math.BigDecimal units;
        try {
            units = new java.math.BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("not a number of fuel units: '" + text + "'");
        }
        if (units.signum() <= 0 || units.stripTrailingZeros().scale() > 0
                || units.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new UsageException("fuel must be a positive whole number of units: '" + text + "'");
        }
        return units.longValueExact();
    }

    private static Duration parseTimeout(String text) throws UsageException {
        double seconds;
        try {
            seconds = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("not a number of seconds: '" + text + "'");
        }
        if (!(seconds > 0) || seconds > 365 * 24 * 3600) {
            throw new UsageException("timeout must be a positive number of seconds: '" + text + "'");
        }
        return Duration.ofNanos((long) (seconds * 1e9));
    }

    /**
     * Parses {@code HOST[:PORT][,HOST[:PORT]...]} (Deno's {@code --allow-net}): no port means any
     * port; an IPv6 address goes in brackets, {@code [::1]:8080}. Host names are checked by the
     * network policy.
     */
    static List<NetHost> parseNetHosts(String text) throws UsageException {
        List<NetHost> hosts = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            String entry = item.trim();
            String host = entry;
            String port = null;
            if (entry.startsWith("[")) {
                int close = entry.indexOf(']');
                if (close < 0 || (close + 1 < entry.length() && entry.charAt(close + 1) != ':')) {
                    throw new UsageException("not HOST[:PORT]: '" + entry + "'");
                }
                host = entry.substring(0, close + 1);
                port = close + 1 < entry.length() ? entry.substring(close + 2) : null;
            } else if (entry.indexOf(':') >= 0) {
                if (entry.indexOf(':') != entry.lastIndexOf(':')) {
                    throw new UsageException("an IPv6 address goes in brackets, e.g. [::1]:8080: '" + entry + "'");
                }
                host = entry.substring(0, entry.indexOf(':'));
                port = entry.substring(entry.indexOf(':') + 1);
            }
            if (host.isEmpty() || host.equals("[]")) {
                throw new UsageException("missing HOST in --allow-net '" + text + "'");
            }
            hosts.add(new NetHost(host, port == null ? NetHost.ANY_PORT : parsePort(port, entry)));
        }
        return hosts;
    }

    private static int parsePort(String port, String entry) throws UsageException {
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw new UsageException("port must be a number from 1 to 65535: '" + entry + "'");
        }
        return Integer.parseInt(port);
    }

    /** Parses {@code HOSTDIR[:GUESTDIR]}; GUESTDIR must be absolute, so only {@code ":/"} splits. */
    private static Mount parseMount(String text, boolean writable) throws UsageException {
        int split = text.lastIndexOf(":/");
        String host = split > 0 ? text.substring(0, split) : text;
        Path hostDirectory = Path.of(host).toAbsolutePath().normalize();
        String guest = split > 0 ? text.substring(split + 1) : hostDirectory.toString();
        if (host.isEmpty()) {
            throw new UsageException("missing HOSTDIR in '" + text + "'");
        }
        return new Mount(hostDirectory, guest, writable);
    }
}
