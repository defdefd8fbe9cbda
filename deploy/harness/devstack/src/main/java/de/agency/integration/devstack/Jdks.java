package de.agency.integration.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The JDKs of this machine: the one running the stack, then those under {@code /usr/lib/jvm} (as deploy/jdk.sh). */
final class Jdks {

    private static final Path INSTALLED = Path.of("/usr/lib/jvm");
    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)[^\"]*\"", Pattern.MULTILINE);

    private Jdks() {
    }

    /** The running JDK if its feature release is at least {@code major}, else the newest such one installed. */
    static Optional<Path> atLeast(int major) {
        Path running = Path.of(System.getProperty("java.home"));
        if (major(running) >= major) {
            return Optional.of(running);
        }
        if (!Files.isDirectory(INSTALLED)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(INSTALLED)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")) && !Files.isSymbolicLink(home))
                    .filter(home -> major(home) >= major)
                    .max(Comparator.comparingInt(Jdks::major));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feature release of the JDK at this home (its {@code release} file), 0 if it names none. */
    static int major(Path home) {
        try {
            Matcher version = VERSION.matcher(Files.readString(home.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
