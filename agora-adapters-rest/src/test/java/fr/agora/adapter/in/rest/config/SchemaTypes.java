package fr.agora.adapter.in.rest.config;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Comparator;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

/**
 * Walks the types a handler method reads and writes (request body, return type, their record components and fields,
 * type arguments) and groups them by the schema name springdoc gives them: the {@code @Schema(name)} or the simple
 * name. Two classes under one name are two schemas of which the document keeps one.
 */
final class SchemaTypes {

    private SchemaTypes() {
    }

    static void collect(HandlerMethod method, Set<Type> seen, Map<String, Set<Class<?>>> byName) {
        for (MethodParameter p : method.getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class)) {
                walk(p.getGenericParameterType(), seen, byName);
            }
        }
        walk(method.getReturnType().getGenericParameterType(), seen, byName);
    }

    private static void walk(Type type, Set<Type> seen, Map<String, Set<Class<?>>> byName) {
        if (type == null || !seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            walk(p.getRawType(), seen, byName);
            for (Type arg : p.getActualTypeArguments()) {
                walk(arg, seen, byName);
            }
        } else if (type instanceof GenericArrayType a) {
            walk(a.getGenericComponentType(), seen, byName);
        } else if (type instanceof WildcardType w) {
            for (Type upper : w.getUpperBounds()) {
                walk(upper, seen, byName);
            }
        } else if (type instanceof Class<?> c) {
            walkClass(c, seen, byName);
        }
    }

    private static void walkClass(Class<?> c, Set<Type> seen, Map<String, Set<Class<?>>> byName) {
        if (c.isArray()) {
            walk(c.getComponentType(), seen, byName);
            return;
        }
        if (c.isPrimitive() || c.getName().startsWith("java.") || c.getName().startsWith("org.springframework.")) {
            return;
        }
        Schema schema = c.getAnnotation(Schema.class);
        String name = schema != null && !schema.name().isBlank() ? schema.name() : c.getSimpleName();
        if (!c.isEnum()) { // springdoc inlines enums: their names never clash
            byName.computeIfAbsent(name, k -> new TreeSet<>(Comparator.comparing(Class::getName))).add(c);
        }
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                walk(rc.getGenericType(), seen, byName);
            }
        } else if (!c.isEnum()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    walk(f.getGenericType(), seen, byName);
                }
            }
        }
    }
}
