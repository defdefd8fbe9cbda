package de.agency.integration.devstack;

import java.nio.file.Path;
import java.util.List;

/** The JVM settings the services run with: as their images run them, or as the local stack does beside everything. */
public enum ServiceJvm {

    /**
     * The images' JRE 25 and their {@code JDK_JAVA_OPTIONS} inside a pod's limits (1 CPU, 512 MiB, the Kubernetes
     * manifests'): the serial collector, 75 % of the memory as the most heap and 25 % to begin with, tiered compilation
     * (C1 and C2). Runs on a JDK 25 or newer when this machine has one (Temurin 25 here), else on the stack's own JDK.
     */
    IMAGE("the images' (tiered C1+C2, serial GC, heap 75 % of a 512 MiB, 1-CPU pod)", List.of("-XX:+UseSerialGC",
            "-XX:MaxRAM=512m", "-XX:MaxRAMPercentage=75", "-XX:InitialRAMPercentage=25", "-XX:ActiveProcessorCount=1",
            "-XX:+ExitOnOutOfMemoryError"), false, 25),

    /**
     * A small service's JVM on a machine that runs the whole stack: the serial collector, a sized heap, the class data
     * sharing archive the local build makes (for the build's JDK, the one running the stack), and the C1 compiler
     * only, because seven JVMs warming up with C2 on two cores spent more CPU compiling than serving (145 vs 78
     * {@code POST /cases} per second when measured).
     */
    LOCAL("the local stack's (C1 only, serial GC, heap 32-160 MB, AppCDS)", List.of("-XX:+UseSerialGC", "-Xms32m",
            "-Xmx160m", "-XX:TieredStopAtLevel=1"), true, 0);

    private final String settings;
    private final List<String> options;
    private final boolean classDataSharing;
    private final int jdk;

    ServiceJvm(String settings, List<String> options, boolean classDataSharing, int jdk) {
        this.settings = settings;
        this.options = options;
        this.classDataSharing = classDataSharing;
        this.jdk = jdk;
    }

    /** What the settings are and which JDK runs them, for reports. */
    public String description() {
        Path home = home();
        return settings + " on JDK " + Jdks.major(home) + " (" + home + ")";
    }

    /** The feature release of the JDK the services run on with these settings. */
    public int jdkRelease() {
        return Jdks.major(home());
    }

    /** The JDK's home: one of at least the release the settings want if the machine has one, else the running one. */
    Path home() {
        return Jdks.atLeast(jdk).orElseGet(() -> Path.of(System.getProperty("java.home")));
    }

    List<String> options() {
        return options;
    }

    /** Whether the service uses the class data sharing archive the build made, if there is one. */
    boolean classDataSharing() {
        return classDataSharing;
    }
}
