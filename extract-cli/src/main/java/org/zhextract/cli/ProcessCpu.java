package org.zhextract.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * CPU time used by the whole process (all threads, garbage collection and compilation
 * included), where the JVM reports it. Throughput per CPU second, unlike per wall-clock second,
 * stays comparable on a machine that other work shares.
 */
final class ProcessCpu {

    private ProcessCpu() {
    }

    /** Nanoseconds of CPU used so far, or -1 when the JVM does not say. */
    static long nanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }
}
