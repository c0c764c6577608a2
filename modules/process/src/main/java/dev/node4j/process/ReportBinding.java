package dev.node4j.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import dev.node4j.core.Errno;
import dev.node4j.core.NodeEnv;

/**
 * process.report's Java side: assembles the diagnostic report (reportVersion 5, Node's sections
 * and key order) from the JavaScript facts the facade hands over and the process facts of
 * {@link ReportSections}, writes it as JSON, and names report files as Node does
 * ({@code report.YYYYMMDD.HHMMSS.PID.TID.SEQ.json}, local time).
 */
public final class ReportBinding {
    /** Node numbers generated report names per process. */
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd.HHmmss");
    static final String NATIVE_STACK = "not available: node4j runs JavaScript on GraalJS in a JVM, whose native"
            + " frames it cannot read; javaThreads lists the JVM's threads";

    private final NodeEnv env;
    private final ProcessBinding process;

    ReportBinding(NodeEnv env, ProcessBinding process) {
        this.env = env;
        this.process = process;
    }

    /**
     * The report as JSON text. {@code js} carries what only JavaScript knows: stack (an error's
     * stack string or null), errorProperties, commandLine, nodejsVersion, versions, release,
     * cpus, networkInterfaces (null when excluded), libuv, env (null when excluded).
     */
    @HostAccess.Export
    public String build(String event, String trigger, String filename, Value js, boolean compact) {
        return ReportJson.write(assemble(event, trigger, filename, toJava(js), System.currentTimeMillis()), compact);
    }

    /**
     * Writes a report: to {@code file} when given, else to the configured filename or a generated
     * name, inside {@code directory} when that is set; "stdout" and "stderr" name the streams.
     * Returns the name written (Node returns the name, not the joined path), or "" on failure
     * after telling stderr why, as Node does.
     */
    @HostAccess.Export
    public String write(String event, String trigger, String file, String directory, String filename,
            Value js, boolean compact) {
        long now = System.currentTimeMillis();
        String name = file != null ? file : !filename.isEmpty() ? filename : generatedName(now, process.pid());
        String text = ReportJson.write(assemble(event, trigger, name, toJava(js), now), compact);
        if (name.equals("stdout") || name.equals("stderr")) {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            env.write(name.equals("stdout") ? 1 : 2, b, 0, b.length);
            stderr("\nNode.js report completed\n");
            return name;
        }
        String path = directory.isEmpty() ? name : directory + "/" + name;
        try {
            Files.writeString(env.resolvePath(path), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            stderr("\nFailed to open Node.js report file: " + name + (directory.isEmpty() ? "" : " directory: " + directory)
                    + " (errno: " + Errno.of(e).number() + ")\n");
            return "";
        }
        stderr("\nWriting Node.js report to file: " + name + "\nNode.js report completed\n");
        return name;
    }

    /** Node's generated report file name; each call takes the next sequence number. */
    static String generatedName(long millis, double pid) {
        ZonedDateTime t = ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli(millis), ZoneId.systemDefault());
        return "report." + NAME_TIME.format(t) + "." + (long) pid + ".0."
                + String.format("%03d", SEQUENCE.incrementAndGet()) + ".json";
    }

    private void stderr(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        env.write(2, b, 0, b.length);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> assemble(String event, String trigger, String filename, Object jsParts, long now) {
        Map<String, Object> js = (Map<String, Object>) jsParts;
        double uptime = process.uptime();
        Map<String, Object> r = new LinkedHashMap<>();
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("reportVersion", 5);
        h.put("event", event);
        h.put("trigger", trigger);
        h.put("filename", filename);
        ZonedDateTime t = ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli(now), ZoneId.systemDefault());
        h.put("dumpEventTime", EVENT_TIME.format(t));
        h.put("dumpEventTimeStamp", Long.toString(now));
        h.put("processId", (long) process.pid());
        h.put("threadId", 0);
        h.put("cwd", env.cwd());
        h.put("commandLine", js.get("commandLine"));
        h.put("nodejsVersion", js.get("nodejsVersion"));
        String glibc = ReportSections.glibcVersion();
        if (glibc != null) h.put("glibcVersionRuntime", glibc);
        h.put("wordSize", Integer.parseInt(System.getProperty("sun.arch.data.model", "64")));
        h.put("arch", process.arch());
        h.put("platform", process.platform());
        h.put("componentVersions", js.get("versions"));
        h.put("release", js.get("release"));
        Map<String, Object> os = ReportSections.osFacts();
        Object host = os.remove("host");
        h.putAll(os);
        if (js.get("cpus") != null) h.put("cpus", js.get("cpus"));
        if (js.get("networkInterfaces") != null) h.put("networkInterfaces", js.get("networkInterfaces"));
        if (host != null) h.put("host", host);
        r.put("header", h);
        Object props = js.get("errorProperties");
        r.put("javascriptStack", ReportSections.javascriptStack((String) js.get("stack"),
                props instanceof Map<?, ?> ? (Map<String, Object>) props : new LinkedHashMap<>()));
        r.put("javascriptHeap", ReportSections.javascriptHeap());
        r.put("nativeStack", NATIVE_STACK);
        Map<String, Object> usage = ReportSections.resourceUsage(uptime, process.rss(),
                process.availableMemory(), process.totalMemory());
        if (usage != null) r.put("resourceUsage", usage);
        Map<String, Object> thread = ReportSections.threadResourceUsage(uptime);
        if (thread != null) r.put("uvthreadResourceUsage", thread);
        r.put("libuv", js.get("libuv"));
        r.put("workers", List.of());
        if (js.get("env") != null) r.put("environmentVariables", js.get("env"));
        r.put("userLimits", ReportSections.userLimits());
        r.put("sharedObjects", ReportSections.sharedObjects());
        r.put("javaThreads", ReportSections.javaThreads());
        return r;
    }

    /** A JS value as plain Java: arrays to lists, objects to ordered maps, numbers to Long/Double. */
    static Object toJava(Value v) {
        if (v == null || v.isNull()) return null;
        if (v.isString()) return v.asString();
        if (v.isBoolean()) return v.asBoolean();
        if (v.isNumber()) return v.fitsInLong() ? (Object) v.asLong() : (Object) v.asDouble();
        if (v.hasArrayElements()) {
            List<Object> out = new ArrayList<>();
            for (long i = 0; i < v.getArraySize(); i++) out.add(toJava(v.getArrayElement(i)));
            return out;
        }
        if (v.hasMembers()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String key : v.getMemberKeys()) out.put(key, toJava(v.getMember(key)));
            return out;
        }
        return v.toString();
    }
}
