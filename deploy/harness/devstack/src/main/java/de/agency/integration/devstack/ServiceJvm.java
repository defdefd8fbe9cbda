package de.agency.integration.devstack;

import java.util.List;

/** The JVM settings the services run with: as their images run them, or as the local stack does beside everything. */
public enum ServiceJvm {

    /**
     * The images' {@code JDK_JAVA_OPTIONS} inside a pod's limits (1 CPU, 512 MiB, the Kubernetes manifests'): the
     * serial collector, 75 % of the memory as the most heap and 25 % to begin with, tiered compilation (C1 and C2).
     */
    IMAGE("the images' (tiered C1+C2, serial GC, heap 75 % of a 512 MiB, 1-CPU pod)", List.of("-XX:+UseSerialGC",
            "-XX:MaxRAM=512m", "-XX:MaxRAMPercentage=75", "-XX:InitialRAMPercentage=25", "-XX:ActiveProcessorCount=1",
            "-XX:+ExitOnOutOfMemoryError"), false),

    /**
     * A small service's JVM on a machine that runs the whole stack: the serial collector, a sized heap, the class data
     * sharing archive the local build makes, and the C1 compiler only, because seven JVMs warming up with C2 on two
     * cores spent more CPU compiling than serving (145 vs 78 {@code POST /cases} per second when measured).
     */
    LOCAL("the local stack's (C1 only, serial GC, heap 32-160 MB, AppCDS)", List.of("-XX:+UseSerialGC", "-Xms32m",
            "-Xmx160m", "-XX:TieredStopAtLevel=1"), true);

    private final String description;
    private final List<String> options;
    private final boolean classDataSharing;

    ServiceJvm(String description, List<String> options, boolean classDataSharing) {
        this.description = description;
        this.options = options;
        this.classDataSharing = classDataSharing;
    }

    /** What the settings are, for reports. */
    public String description() {
        return description;
    }

    List<String> options() {
        return options;
    }

    /** Whether the service uses the class data sharing archive the build made, if there is one. */
    boolean classDataSharing() {
        return classDataSharing;
    }
}
