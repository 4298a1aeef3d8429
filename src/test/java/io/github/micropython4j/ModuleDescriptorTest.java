package io.github.micropython4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public API is sealed by the module: one exported package, which the README lists exactly. */
class ModuleDescriptorTest {
    private static final Path CLASSES = Path.of("target/classes");
    private static final String MODULE = "io.github.micropython4j";
    private static final String API = "io.github.micropython4j";
    private static final List<String> EXPORTED = List.of(API, API + ".jsr223");

    private static ModuleDescriptor descriptor() {
        return ModuleFinder.of(CLASSES).find(MODULE).orElseThrow().descriptor();
    }

    @Test
    void theModuleExportsOnlyTheApiAndOpensNothing() {
        ModuleDescriptor module = descriptor();

        assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrderElementsOf(EXPORTED);
        assertThat(module.exports()).allMatch(e -> !e.isQualified());
        assertThat(module.opens()).isEmpty();
        assertThat(module.isOpen()).isFalse();
        assertThat(module.packages()).contains(API + ".internal", API + ".cli");
    }

    @Test
    void theReadmeApiTourListsExactlyThePublicTypes() throws Exception {
        Set<String> publicTypes = new TreeSet<>();
        for (String exported : EXPORTED) {
            // README names types relative to the API package: MicroPythonSession, jsr223.MicroPythonScriptEngine
            String prefix = exported.equals(API) ? "" : exported.substring(API.length() + 1) + ".";
            try (Stream<Path> files = Files.list(CLASSES.resolve(exported.replace('.', '/')))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
                    String name = file.getFileName().toString().replace(".class", "");
                    if (name.equals("package-info")) {
                        continue;
                    }
                    if (isPublicAllTheWayOut(Class.forName(exported + "." + name, false, getClass().getClassLoader()))) {
                        publicTypes.add(prefix + name.replace('$', '.'));
                    }
                }
            }
        }
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String tour = readme.substring(readme.indexOf("## API tour"), readme.indexOf("Runs never throw"));
        Set<String> listed = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([A-Za-z0-9.]+)` \\|").matcher(tour);
        while (row.find()) {
            listed.add(row.group(1));
        }

        assertThat(listed).isEqualTo(publicTypes);
    }

    private static boolean isPublicAllTheWayOut(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theLibraryRunsAsANamedModuleOnTheModulePath() throws Exception {
        List<String> modulePath = new ArrayList<>();
        modulePath.add(CLASSES.toAbsolutePath().toString());
        for (String entry : testClassPath()) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("runtime-") || name.startsWith("wasm-") || name.startsWith("jackson-")) {
                modulePath.add(entry);
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "--module-path", String.join(File.pathSeparator, modulePath),
                "--module", MODULE + "/" + API + ".cli.Main",
                "-c", "import json\nprint(json.dumps({'sum': sum([1, 2, 3])}))")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(output).isEqualTo("{\"sum\": 6}\n");
        assertThat(process.exitValue()).isZero();
    }

    /** The test's class path as surefire gives it (its own booter jar may stand in for it). */
    private static List<String> testClassPath() throws IOException {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(path.split(File.pathSeparator));
    }
}
