package org.apogate.pipeline;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the command line's INPUT arguments (files, folders searched recursively, glob patterns) into
 * a sorted list of distinct FCS/LMD files, so the output order never depends on the file system.
 */
public final class InputCollector {
    private InputCollector() {
    }

    /** Result: the files found, and the arguments that matched nothing. */
    public record Inputs(List<Path> files, List<String> unmatched) {
    }

    public static Inputs collect(List<String> arguments) {
        Set<Path> found = new LinkedHashSet<>();
        List<String> unmatched = new ArrayList<>();
        for (String arg : arguments) {
            int before = found.size();
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                walk(p, found);
            } else if (Files.isRegularFile(p)) {
                found.add(normalize(p)); // named explicitly: taken whatever its extension
            } else if (isGlob(arg)) {
                glob(arg, found);
            }
            if (found.size() == before) {
                unmatched.add(arg);
            }
        }
        List<Path> files = new ArrayList<>(found);
        files.sort(Comparator.comparing(Path::toString));
        return new Inputs(List.copyOf(files), List.copyOf(unmatched));
    }

    static boolean isFcsName(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".fcs") || name.endsWith(".lmd")) && !name.startsWith(".");
    }

    private static boolean isGlob(String arg) {
        return arg.indexOf('*') >= 0 || arg.indexOf('?') >= 0 || arg.indexOf('[') >= 0 || arg.indexOf('{') >= 0;
    }

    private static Path normalize(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private static void walk(Path dir, Set<Path> found) {
        try (Stream<Path> s = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            s.filter(Files::isRegularFile).filter(InputCollector::isFcsName).map(InputCollector::normalize)
                    .sorted().forEach(found::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new PipelineException("cannot list input folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A glob: the longest wildcard-free leading folder is walked and matched against the pattern. */
    private static void glob(String pattern, Set<Path> found) {
        String norm = pattern.replace('\\', '/');
        int wildcard = firstWildcard(norm);
        int slash = norm.lastIndexOf('/', wildcard);
        Path base = slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : norm.substring(0, slash));
        if (!Files.isDirectory(base)) {
            return;
        }
        String rest = slash < 0 ? norm : norm.substring(slash + 1);
        // "**/" matches zero or more folders, as in shells with globstar: "data/**/*.fcs" includes data/x.fcs
        String zeroOrMore = rest.indexOf('{') < 0 ? rest.replace("**/", "{**/,}") : rest;
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + zeroOrMore);
        try (Stream<Path> s = Files.walk(base, FileVisitOption.FOLLOW_LINKS)) {
            s.filter(Files::isRegularFile).filter(f -> m.matches(base.relativize(f)))
                    .filter(InputCollector::isFcsName).map(InputCollector::normalize).sorted().forEach(found::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new PipelineException("cannot expand input pattern " + pattern + ": " + e.getMessage(), e);
        }
    }

    private static int firstWildcard(String s) {
        int best = s.length();
        for (char c : new char[] {'*', '?', '[', '{'}) {
            int i = s.indexOf(c);
            if (i >= 0 && i < best) {
                best = i;
            }
        }
        return best;
    }

}
