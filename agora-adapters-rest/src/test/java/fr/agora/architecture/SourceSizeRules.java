package fr.agora.architecture;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The size rules of the conventions, as a check over source text: no top-level class over {@value #MAX_CLASS_LINES}
 * lines, no method or constructor over {@value #MAX_METHOD_LINES} lines (declaration line to closing brace, both
 * included). Only hand-written code is read: {@code src/main/java} of each module, never {@code target/generated-…}
 * (MapStruct's mappers), and a type annotated {@code @Generated} is passed over. ArchUnit cannot do this: the
 * bytecode keeps a method's first line but not its last.
 */
final class SourceSizeRules {

    static final int MAX_CLASS_LINES = 400;
    static final int MAX_METHOD_LINES = 60;

    private static final JavaParser PARSER = new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    private SourceSizeRules() {
    }

    /** Every {@code src/main/java} file of the modules below {@code root}, checked; one line per offender. */
    static List<String> violationsUnder(Path root) {
        List<String> violations = new ArrayList<>();
        for (Path sources : mainSourceRoots(root)) {
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(file -> file.toString().endsWith(".java")).sorted()
                        .forEach(file -> violations.addAll(violations(root.relativize(file).toString(), read(file))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return violations;
    }

    static List<Path> mainSourceRoots(Path root) {
        try (Stream<Path> modules = Files.list(root)) {
            return modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The offenders in one source file, named {@code file:line kind name (n lines > limit)}. */
    static List<String> violations(String file, String source) {
        ParseResult<CompilationUnit> parsed = PARSER.parse(source);
        CompilationUnit unit = parsed.getResult()
                .filter(result -> parsed.isSuccessful())
                .orElseThrow(() -> new IllegalArgumentException(file + " does not parse: " + parsed.getProblems()));
        List<String> violations = new ArrayList<>();
        for (TypeDeclaration<?> type : unit.getTypes()) {
            if (type.isAnnotationPresent("Generated")) {
                continue;
            }
            check(violations, file, "class", type.getNameAsString(), type, MAX_CLASS_LINES);
            type.findAll(CallableDeclaration.class).forEach(callable ->
                    check(violations, file, "method", type.getNameAsString() + "." + callable.getNameAsString(),
                            callable, MAX_METHOD_LINES));
            type.findAll(CompactConstructorDeclaration.class).forEach(constructor ->
                    check(violations, file, "method", type.getNameAsString() + "." + constructor.getNameAsString(),
                            constructor, MAX_METHOD_LINES));
        }
        return violations;
    }

    private static void check(List<String> violations, String file, String kind, String name, Node node, int limit) {
        node.getRange().ifPresent(range -> {
            int lines = range.end.line - range.begin.line + 1;
            if (lines > limit) {
                violations.add("%s:%d %s %s (%d lines > %d)".formatted(file, range.begin.line, kind, name, lines, limit));
            }
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
