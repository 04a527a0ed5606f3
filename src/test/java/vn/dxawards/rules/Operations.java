package vn.dxawards.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.restassured.path.json.JsonPath;
import vn.dxawards.support.Management;

/**
 * The operations of the application, as {@code METHOD /path/{}} (the parameters' names left out, so
 * that a renamed parameter is the same operation): those of its OpenAPI document (served on the
 * management interface; the JSON API only), and those its code declares (the pages too).
 */
final class Operations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]+}");

    private Operations() {
    }

    /** Every operation of the document the running application serves. */
    static Set<String> documented() {
        JsonPath document = Management.request().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().stream().filter(METHODS::contains)
                .forEach(method -> operations.add(normalized(method.toUpperCase() + " " + path))));
        return operations;
    }

    /**
     * Every operation the application's code declares: each method of a class in {@code vn.dxawards}
     * with a JAX-RS method annotation, at the class's and the method's {@code @Path}.
     */
    static Set<String> declared() {
        Set<String> operations = new TreeSet<>();
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.dxawards");
        for (JavaClass type : classes) {
            String base = path(type.tryGetAnnotationOfType("jakarta.ws.rs.Path").orElse(null));
            for (JavaMethod method : type.getMethods()) {
                for (String verb : METHODS) {
                    if (method.isAnnotatedWith("jakarta.ws.rs." + verb.toUpperCase())) {
                        String path = ("/" + base + "/" + path(method.tryGetAnnotationOfType("jakarta.ws.rs.Path")
                                .orElse(null))).replaceAll("/+", "/");
                        if (path.length() > 1 && path.endsWith("/")) {
                            path = path.substring(0, path.length() - 1);
                        }
                        operations.add(normalized(verb.toUpperCase() + " " + path));
                    }
                }
            }
        }
        return operations;
    }

    private static String path(JavaAnnotation<?> annotation) {
        return annotation == null ? "" : annotation.get("value").map(Object::toString).orElse("");
    }

    /** {@code POST /api/dossiers/{id}/submit} → {@code POST /api/dossiers/{}/submit}. */
    static String normalized(String operation) {
        return PARAMETER.matcher(operation).replaceAll("{}");
    }

    static boolean isApi(String operation) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** Whether a sent request ({@code METHOD /raw/path}) is an instance of the operation. */
    static boolean matches(String operation, String sent) {
        StringBuilder regex = new StringBuilder();
        String[] literals = normalized(operation).split("\\{}", -1);
        for (int i = 0; i < literals.length; i++) {
            if (i > 0) {
                regex.append("[^/]+");
            }
            regex.append(Pattern.quote(literals[i]));
        }
        return sent.matches(regex.toString());
    }

    /** What {@code these} has and {@code those} lacks, in order. */
    static List<String> missing(Set<String> these, Set<String> those) {
        return these.stream().filter(op -> !those.contains(op)).sorted().toList();
    }
}
