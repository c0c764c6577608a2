package dev.node4j.os;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.graalvm.polyglot.HostAccess;

import dev.node4j.core.NodeEnv;

/** The Java side of {@code os}: each method returns plain strings, numbers or flat arrays. */
public final class OsBinding {
    private final NodeEnv env;

    OsBinding(NodeEnv env) {
        this.env = env;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return null;
        }
    }

    @HostAccess.Export
    public String hostname() {
        String h = read("/proc/sys/kernel/hostname");
        if (h != null) return h.strip();
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    /** uname: [sysname, release, version, machine]. */
    @HostAccess.Export
    public String[] uname() {
        String type = read("/proc/sys/kernel/ostype");
        String release = read("/proc/sys/kernel/osrelease");
        String version = read("/proc/sys/kernel/version");
        String arch = System.getProperty("os.arch");
        String machine = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch;
        };
        return new String[] {
            type != null ? type.strip() : System.getProperty("os.name"),
            release != null ? release.strip() : System.getProperty("os.version"),
            version != null ? version.strip() : "",
            machine,
        };
    }

    @HostAccess.Export
    public String javaArch() {
        return System.getProperty("os.arch");
    }

    @HostAccess.Export
    public double uptime() {
        String s = read("/proc/uptime");
        if (s == null) return 0;
        return Double.parseDouble(s.strip().split("\\s+")[0]);
    }

    @HostAccess.Export
    public double[] loadavg() {
        String s = read("/proc/loadavg");
        if (s == null) return new double[] {0, 0, 0};
        String[] p = s.strip().split("\\s+");
        return new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2])};
    }

    /** [total, free] bytes: MemTotal and MemAvailable of /proc/meminfo, as libuv reports them. */
    @HostAccess.Export
    public double[] memory() {
        String s = read("/proc/meminfo");
        double total = 0;
        double free = 0;
        if (s != null) {
            for (String line : s.split("\n")) {
                String[] p = line.split("\\s+");
                if (p[0].equals("MemTotal:")) total = Double.parseDouble(p[1]) * 1024;
                else if (p[0].equals("MemAvailable:")) free = Double.parseDouble(p[1]) * 1024;
            }
        }
        return new double[] {total, free};
    }

    @HostAccess.Export
    public int availableParallelism() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * CPUs flattened: per cpu [model, speedMHz, user, nice, sys, idle, irq] (times in ms, from
     * /proc/stat's clock ticks at 100 Hz).
     */
    @HostAccess.Export
    public Object[] cpus() {
        String info = read("/proc/cpuinfo");
        String stat = read("/proc/stat");
        List<String> models = new ArrayList<>();
        List<Double> speeds = new ArrayList<>();
        if (info != null) {
            for (String line : info.split("\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) continue;
                String key = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip();
                if (key.equals("model name")) models.add(value);
                else if (key.equals("cpu MHz")) speeds.add(Math.floor(Double.parseDouble(value)));
            }
        }
        List<Object> out = new ArrayList<>();
        if (stat == null) return out.toArray();
        int n = 0;
        for (String line : stat.split("\n")) {
            if (!line.startsWith("cpu") || line.startsWith("cpu ")) continue;
            String[] p = line.trim().split("\\s+");
            out.add(n < models.size() ? models.get(n) : (models.isEmpty() ? "unknown" : models.get(0)));
            out.add(n < speeds.size() ? speeds.get(n) : 0.0);
            double tick = 10;   // ms per USER_HZ tick
            out.add(Double.parseDouble(p[1]) * tick);
            out.add(Double.parseDouble(p[2]) * tick);
            out.add(Double.parseDouble(p[3]) * tick);
            out.add(Double.parseDouble(p[4]) * tick);
            out.add(Double.parseDouble(p[6]) * tick);
            n++;
        }
        return out.toArray();
    }

    /** User info: [uid, gid, username, homedir, shell] from the JVM and /etc/passwd. */
    @HostAccess.Export
    public Object[] userInfo() {
        long uid = -1;
        long gid = -1;
        try {
            com.sun.security.auth.module.UnixSystem u = new com.sun.security.auth.module.UnixSystem();
            uid = u.getUid();
            gid = u.getGid();
        } catch (Throwable t) {
            // not a Unix JVM: Node reports -1 on Windows too
        }
        String name = System.getProperty("user.name");
        String home = System.getProperty("user.home");
        String shell = null;
        String passwd = read("/etc/passwd");
        if (passwd != null) {
            for (String line : passwd.split("\n")) {
                String[] p = line.split(":", -1);
                if (p.length >= 7 && uid >= 0 && p[2].equals(Long.toString(uid))) {
                    name = p[0];
                    home = p[5];
                    shell = p[6];
                    break;
                }
            }
        }
        return new Object[] {(double) uid, (double) gid, name, home, shell};
    }

    @HostAccess.Export
    public String userHome() {
        return System.getProperty("user.home");
    }

    /**
     * Network interfaces flattened: per address [name, address, netmask, family, mac, internal,
     * scopeid(-1 if none), prefixLength].
     */
    @HostAccess.Export
    public Object[] networkInterfaces() {
        List<Object> out = new ArrayList<>();
        List<NetworkInterface> list;
        try {
            list = Collections.list(NetworkInterface.getNetworkInterfaces());
        } catch (SocketException | NullPointerException e) {
            return out.toArray();
        }
        list.sort((a, b) -> Integer.compare(a.getIndex(), b.getIndex()));
        for (NetworkInterface ni : list) {
            try {
                if (!ni.isUp()) continue;
                byte[] hw = ni.getHardwareAddress();
                String mac = formatMac(hw);
                boolean internal = ni.isLoopback();
                List<InterfaceAddress> addrs = new ArrayList<>(ni.getInterfaceAddresses());
                // IPv4 first, as libuv lists them.
                addrs.sort((a, b) -> Boolean.compare(a.getAddress() instanceof Inet6Address,
                        b.getAddress() instanceof Inet6Address));
                for (InterfaceAddress ia : addrs) {
                    InetAddress a = ia.getAddress();
                    boolean v6 = a instanceof Inet6Address;
                    String host = a.getHostAddress();
                    int pct = host.indexOf('%');
                    if (pct >= 0) host = host.substring(0, pct);
                    if (v6) host = compressV6(a.getAddress());
                    int prefix = ia.getNetworkPrefixLength();
                    out.add(ni.getName());
                    out.add(host);
                    out.add(v6 ? v6Mask(prefix) : v4Mask(prefix));
                    out.add(v6 ? "IPv6" : "IPv4");
                    out.add(mac);
                    out.add(internal);
                    out.add(v6 && a.isLinkLocalAddress() ? (double) ((Inet6Address) a).getScopeId() : v6 ? 0.0 : -1.0);
                    out.add((double) prefix);
                }
            } catch (SocketException e) {
                // interface vanished meanwhile: skip it
            }
        }
        return out.toArray();
    }

    private static String formatMac(byte[] hw) {
        if (hw == null || hw.length != 6) return "00:00:00:00:00:00";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < hw.length; i++) {
            if (i > 0) sb.append(':');
            sb.append(String.format("%02x", hw[i] & 0xff));
        }
        return sb.toString();
    }

    private static String v4Mask(int prefix) {
        long m = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
        return ((m >> 24) & 255) + "." + ((m >> 16) & 255) + "." + ((m >> 8) & 255) + "." + (m & 255);
    }

    private static String v6Mask(int prefix) {
        byte[] b = new byte[16];
        for (int i = 0; i < 16; i++) {
            int bits = Math.max(0, Math.min(8, prefix - i * 8));
            b[i] = (byte) (bits == 0 ? 0 : (0xff << (8 - bits)) & 0xff);
        }
        return compressV6(b);
    }

    /** RFC 5952 text form (longest run of zero groups as '::'), as Node prints. */
    static String compressV6(byte[] b) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) g[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) j++;
            if (j - i > bestLen && j - i >= 2) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }

    @HostAccess.Export
    public String envVar(String name) {
        return System.getenv(name);
    }
}
