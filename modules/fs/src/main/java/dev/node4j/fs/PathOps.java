package dev.node4j.fs;

import java.io.IOException;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** Blocking work on paths: directories, links, metadata (any thread). Errors carry the user's paths. */
public final class PathOps {
    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final LinkOption[] FOLLOW = {};
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TEMP_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private PathOps() {
    }

    /** Stats, or null when missing and {@code throwIfNoEntry} is false. */
    public static double[] stat(Path p, String user, boolean follow, boolean throwIfNoEntry) {
        String syscall = follow ? "stat" : "lstat";
        try {
            return StatReader.stat(p, follow);
        } catch (IOException | RuntimeException e) {
            FsException fe = FsErrors.wrap(e, syscall, user, null);
            if (!throwIfNoEntry && (fe.code().equals("ENOENT") || fe.code().equals("ENOTDIR"))) return null;
            throw fe;
        }
    }

    /** access(2) with F_OK/R_OK/W_OK/X_OK bits. */
    public static void access(Path p, String user, int mode) {
        List<AccessMode> modes = new ArrayList<>();
        if ((mode & 4) != 0) modes.add(AccessMode.READ);
        if ((mode & 2) != 0) modes.add(AccessMode.WRITE);
        if ((mode & 1) != 0) modes.add(AccessMode.EXECUTE);
        try {
            p.getFileSystem().provider().checkAccess(p, modes.toArray(AccessMode[]::new));
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, "access", user, null);
        }
    }

    /**
     * Directory listing. Without types: the names (paths relative to {@code p} when recursive).
     * With types: flat [name, parentPath, type, ...] triples, parentPath relative to {@code p}.
     */
    public static Object[] readdir(Path p, String user, boolean withTypes, boolean recursive) {
        List<Object> out = new ArrayList<>();
        ArrayDeque<String> pending = new ArrayDeque<>();
        pending.add("");
        boolean top = true;
        while (!pending.isEmpty()) {
            String rel = pending.poll();
            Path dir = rel.isEmpty() ? p : p.resolve(rel);
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path entry : ds) {
                    String name = entry.getFileName().toString();
                    String relName = rel.isEmpty() ? name : rel + "/" + name;
                    int type = withTypes || recursive ? StatReader.direntType(entry) : 0;
                    if (withTypes) {
                        out.add(name);
                        out.add(rel);
                        out.add(type);
                    } else {
                        out.add(recursive ? relName : name);
                    }
                    if (recursive && type == StatReader.UV_DIRENT_DIR) pending.add(relName);
                }
            } catch (IOException | RuntimeException e) {
                if (top) throw FsErrors.wrap(e, "scandir", user, null);
                throw FsErrors.wrap(e, "scandir", user + "/" + rel, null);
            }
            top = false;
        }
        return out.toArray();
    }

    /** mkdir(2); recursive returns the first directory created (null if none was). */
    public static String mkdir(Path p, String user, String cwd, int mode, boolean recursive) {
        try {
            if (!recursive) {
                Files.createDirectory(p, FileOps.permissions(mode));
                return null;
            }
            if (Files.isDirectory(p)) return null;
            ArrayDeque<Path> missing = new ArrayDeque<>();
            Path q = p;
            while (q != null && !Files.exists(q, NOFOLLOW)) {
                missing.push(q);
                q = q.getParent();
            }
            if (missing.isEmpty()) throw new FsException("EEXIST", "mkdir", user, null);
            Path first = null;
            for (Path d : missing) {
                try {
                    Files.createDirectory(d, FileOps.permissions(mode));
                    if (first == null) first = d;
                } catch (FileAlreadyExistsException e) {
                    if (!Files.isDirectory(d)) throw e;
                }
            }
            if (first == null) return null;
            return Path.of(user).isAbsolute() ? first.toString() : Path.of(cwd).relativize(first).toString();
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, "mkdir", user, null);
        }
    }

    /** mkdtemp(3): prefix plus six random characters, created 0700. */
    public static String mkdtemp(String cwd, String prefix) {
        for (int attempt = 0; attempt < 100; attempt++) {
            StringBuilder name = new StringBuilder(prefix);
            for (int i = 0; i < 6; i++) name.append(TEMP_CHARS.charAt(RANDOM.nextInt(TEMP_CHARS.length())));
            String made = name.toString();
            try {
                Files.createDirectory(Path.of(cwd).resolve(made), FileOps.permissions(0700));
                return made;
            } catch (FileAlreadyExistsException e) {
                // try another name
            } catch (IOException | RuntimeException e) {
                throw FsErrors.wrap(e, "mkdtemp", prefix + "XXXXXX", null);
            }
        }
        throw new FsException("EEXIST", "mkdtemp", prefix + "XXXXXX", null);
    }

    /** rm: files and links; directories only when recursive (then the whole tree). */
    public static void rm(Path p, String user, boolean recursive, boolean force) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(p, BasicFileAttributes.class, NOFOLLOW);
        } catch (IOException | RuntimeException e) {
            FsException fe = FsErrors.wrap(e, "lstat", user, null);
            if (force && fe.code().equals("ENOENT")) return;
            throw fe;
        }
        if (attrs.isDirectory()) {
            if (!recursive) throw new FsException("ERR_FS_EISDIR", "rm", user, null);
            try {
                Files.walkFileTree(p, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes a) throws IOException {
                        Files.deleteIfExists(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                        if (e != null) throw e;
                        Files.deleteIfExists(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | RuntimeException e) {
                String where = e instanceof java.nio.file.FileSystemException fse && fse.getFile() != null
                        ? fse.getFile() : user;
                throw FsErrors.wrap(e, "rm", where, null);
            }
            return;
        }
        try {
            Files.delete(p);
        } catch (NoSuchFileException e) {
            if (!force) throw FsErrors.wrap(e, "rm", user, null);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, "rm", user, null);
        }
    }

    public static void rmdir(Path p, String user) {
        try {
            if (!Files.isDirectory(p, NOFOLLOW)) {
                throw new FsException(Files.exists(p, NOFOLLOW) ? "ENOTDIR" : "ENOENT", "rmdir", user, null);
            }
            Files.delete(p);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, "rmdir", user, null);
        }
    }

    public static void unlink(Path p, String user) {
        try {
            if (Files.isDirectory(p, NOFOLLOW)) throw new FsException("EISDIR", "unlink", user, null);
            Files.delete(p);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, "unlink", user, null);
        }
    }

    /** rename(2): replaces an existing target atomically. */
    public static void rename(Path from, String userFrom, Path to, String userTo) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, "rename", userFrom, userTo);
        }
    }

    /** copyFile: mode bit 1 (COPYFILE_EXCL) refuses an existing target; 4 (FICLONE_FORCE) is unsupported. */
    public static void copyFile(Path src, String userSrc, Path dst, String userDst, int mode) {
        try {
            if ((mode & 4) != 0) throw new FsException("ENOSYS", "copyfile", userSrc, userDst);
            if (Files.isDirectory(src)) throw new FsException("EISDIR", "copyfile", userSrc, userDst);
            CopyOption[] opts = (mode & 1) != 0
                    ? new CopyOption[0] : new CopyOption[] {StandardCopyOption.REPLACE_EXISTING};
            Files.copy(src, dst, opts);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, "copyfile", userSrc, userDst);
        }
    }

    public static void link(Path existing, String userExisting, Path created, String userCreated) {
        try {
            Files.createLink(created, existing);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, "link", userExisting, userCreated);
        }
    }

    /** symlink(2): the target is stored verbatim (relative targets stay relative). */
    public static void symlink(String target, Path link, String userLink) {
        try {
            Files.createSymbolicLink(link, Path.of(target));
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, "symlink", target, userLink);
        }
    }

    public static String readlink(Path p, String user) {
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, "readlink", user, null);
        }
    }

    public static String realpath(Path p, String user) {
        try {
            return p.toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, "realpath", user, null);
        }
    }

    /** chmod with every mode bit (setuid, sticky...) through the unix view. */
    public static void chmod(Path p, String user, int mode, boolean follow, String syscall) {
        try {
            Files.setAttribute(p, "unix:mode", mode & 07777, follow ? FOLLOW : NOFOLLOW);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, syscall, user, null);
        }
    }

    /** chown; -1 leaves an id unchanged, as in chown(2). */
    public static void chown(Path p, String user, int uid, int gid, boolean follow, String syscall) {
        LinkOption[] opts = follow ? FOLLOW : NOFOLLOW;
        try {
            if (uid != -1) Files.setAttribute(p, "unix:uid", uid, opts);
            if (gid != -1) Files.setAttribute(p, "unix:gid", gid, opts);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, syscall, user, null);
        }
    }

    /** utimes with second-resolution doubles (fractions kept to the microsecond). */
    public static void utimes(Path p, String user, double atime, double mtime, boolean follow, String syscall) {
        try {
            BasicFileAttributeView view = Files.getFileAttributeView(p, BasicFileAttributeView.class,
                    follow ? FOLLOW : NOFOLLOW);
            if (!follow || !Files.exists(p)) Files.readAttributes(p, BasicFileAttributes.class, follow ? FOLLOW : NOFOLLOW);
            view.setTimes(fileTime(mtime), fileTime(atime), null);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, syscall, user, null);
        }
    }

    static FileTime fileTime(double seconds) {
        long whole = (long) Math.floor(seconds);
        long micros = Math.round((seconds - whole) * 1e6);
        return FileTime.from(Instant.ofEpochSecond(whole, micros * 1000));
    }
}
