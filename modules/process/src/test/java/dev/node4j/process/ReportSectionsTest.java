package dev.node4j.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReportSectionsTest {
    @Test
    void stackSplitsAsNodeDoes() {
        Map<String, Object> s = ReportSections.javascriptStack("Foo: bar\n    at x\n  at z\n", Map.of("code", "C"));
        assertThat(s).containsEntry("message", "Foo: bar").containsEntry("stack", List.of("at x", "at z"))
                .containsEntry("errorProperties", Map.of("code", "C"));
        // The text after the last newline is not a frame; no newline at all means no stack list.
        assertThat(ReportSections.javascriptStack("M\nb\n  c\nd", Map.of())).containsEntry("stack", List.of("b", "c"));
        assertThat(ReportSections.javascriptStack("M", Map.of())).containsEntry("message", "M").doesNotContainKey("stack");
        assertThat(ReportSections.javascriptStack(null, Map.of()))
                .containsEntry("message", "No stack.").containsEntry("stack", List.of("Unavailable."));
    }

    @Test
    void sharedObjectsComeFromMapsOnceEach() {
        String maps = """
                7f00-7f01 r--p 00000000 08:01 1 /usr/lib/libc.so.6
                7f01-7f02 r-xp 00001000 08:01 1 /usr/lib/libc.so.6
                7f02-7f03 r--p 00000000 08:01 2 /usr/lib/jvm/lib/server/libjvm.so
                7f03-7f04 rw-p 00000000 00:00 0 [heap]
                7f04-7f05 r--p 00000000 08:01 3 /usr/lib/locale/C.utf8/LC_CTYPE
                7f05-7f06 r--p 00000000 08:01 4 /tmp/libgone.so (deleted)
                """;
        assertThat(ReportSections.sharedObjects(maps))
                .containsExactly("/usr/lib/libc.so.6", "/usr/lib/jvm/lib/server/libjvm.so", "/tmp/libgone.so");
    }

    @Test
    void liveSectionsDescribeThisProcess() {
        assumeTrue(PosixBinding.SUPPORTED && ReportSections.linux(), "Linux with libc access");
        assertThat(ReportSections.osFacts()).containsEntry("osName", "Linux").containsKeys("osRelease", "host");
        Map<String, Object> limits = ReportSections.userLimits();
        assertThat(limits).hasSize(10).containsKeys("open_files", "core_file_size_blocks", "virtual_memory_bytes");
        assertThat(ReportSections.sharedObjects()).anyMatch(p -> p.endsWith("libjvm.so"));
        Map<String, Object> usage = ReportSections.resourceUsage(10, 1, 2, 3);
        assertThat(usage).containsKeys("userCpuSeconds", "maxRss", "pageFaults", "fsActivity");
        assertThat((double) usage.get("userCpuSeconds")).isPositive();
        assertThat(ReportSections.threadResourceUsage(10)).containsKeys("userCpuSeconds", "fsActivity");
    }

    @Test
    void heapIsTheJvmsAndSaysSo() {
        Map<String, Object> heap = ReportSections.javascriptHeap();
        assertThat((String) heap.get("engine")).contains("JVM heap");
        assertThat((long) heap.get("usedMemory")).isPositive();
        assertThat(heap).doesNotContainKeys("mallocedMemory", "nativeContextCount");
        assertThat((Map<?, ?>) heap.get("heapSpaces")).isNotEmpty();
        assertThat(ReportSections.javaThreads()).isNotEmpty();
    }
}
