package dev.node4j.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The libc calls behind process credentials and kill, checked against the JDK's own view. */
class LibcTest {
    @BeforeAll
    static void onlyWhereSupported() {
        assumeTrue(PosixBinding.SUPPORTED, "64-bit Linux or macOS only");
    }

    @Test
    void idsMatchTheJdk() {
        var unix = new com.sun.security.auth.module.UnixSystem();
        assertThat(Libc.getId("getuid")).isEqualTo(unix.getUid());
        assertThat(Libc.getId("getgid")).isEqualTo(unix.getGid());
        assertThat(Libc.getgroups()).contains(unix.getGroups());
    }

    @Test
    void namesResolveBothWays() {
        assertThat(Libc.uidByName("root")).isZero();
        assertThat(Libc.userName(0)).isEqualTo("root");
        assertThat(Libc.uidByName("no-such-user-xyzzy")).isEqualTo(-1);
        assertThat(Libc.gidByName("no-such-group-xyzzy")).isEqualTo(-1);
    }

    @Test
    void threadTimesNeverGoBack() {
        assumeTrue(System.getProperty("os.name").equals("Linux"));
        double[] last = Libc.threadRusage();
        for (int i = 0; i < 1000; i++) {
            double[] now = Libc.threadRusage();
            assertThat(now[0]).isGreaterThanOrEqualTo(last[0]);
            assertThat(now[1]).isGreaterThanOrEqualTo(last[1]);
            last = now;
        }
    }

    @Test
    void failuresComeBackAsErrno() {
        long self = ProcessHandle.current().pid();
        assertThat(Libc.kill(self, 0)).isZero();
        assertThat(Libc.kill(Integer.MAX_VALUE, 0)).isEqualTo(3);   // ESRCH
        assertThat(Libc.setId("setuid", 0xFFFFFFFFL)).isEqualTo(22);   // EINVAL: (uid_t) -1
        assertThat(Libc.strerror(1)).isEqualTo("Operation not permitted");
    }

    @Test
    void unameAndLimitsAgreeWithTheKernel() throws Exception {
        assumeTrue(System.getProperty("os.name").equals("Linux"));
        String[] u = Libc.uname();
        assertThat(u[0]).isEqualTo("Linux");
        assertThat(u[2]).isEqualTo(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/kernel/osrelease")).strip());
        long[] nofile = Libc.getrlimit(7);   // RLIMIT_NOFILE
        assertThat(nofile[0]).isPositive();
        assertThat(nofile[1] == Libc.RLIM_INFINITY || nofile[1] >= nofile[0]).isTrue();
        assertThat(Libc.glibcVersion()).matches("\\d+\\.\\d+.*");
    }

    @Test
    void failedExecveReturnsAndRestoresTheDirectory() throws Exception {
        assumeTrue(System.getProperty("os.name").equals("Linux"));
        String before = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/cwd")).toString();
        assertThat(Libc.execve("/tmp", "/no/such/program", new String[] {"x"}, new String[] {"A=1"})).isEqualTo(2);
        java.nio.file.Path plain = java.nio.file.Files.createTempFile("node4j-not-executable", ".txt");
        try {
            assertThat(Libc.execve("/tmp", plain.toString(), new String[] {"x"}, new String[0])).isEqualTo(13);
        } finally {
            java.nio.file.Files.delete(plain);
        }
        assertThat(java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/cwd")).toString()).isEqualTo(before);
    }
}
