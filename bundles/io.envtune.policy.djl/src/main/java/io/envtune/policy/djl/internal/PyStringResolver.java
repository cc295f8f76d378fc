package io.envtune.policy.djl.internal;

import com.hubspot.jinjava.el.JinjavaInterpreterResolver;
import java.beans.FeatureDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.ELResolver;

/**
 * Jinjava's read-only resolver plus the Python string methods that Hugging Face chat templates call on strings
 * ({@code startswith}, {@code endswith}, {@code strip}, {@code lstrip}, {@code rstrip}, {@code split},
 * {@code lower}, {@code upper}, {@code replace}, {@code join}, {@code count}, {@code find}, {@code title}). In Python
 * Jinja these are native; Jinjava would look for Java methods of those names and fail.
 */
final class PyStringResolver extends ELResolver {

    private final ELResolver delegate = JinjavaInterpreterResolver.DEFAULT_RESOLVER_READ_ONLY;

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
        if (base instanceof String && method != null) {
            Object[] args = params == null ? new Object[0] : params;
            Object result = call((String) base, method.toString(), args);
            if (result != NONE) {
                context.setPropertyResolved(true);
                return result;
            }
        }
        return delegate.invoke(context, base, method, types, params);
    }

    private static final Object NONE = new Object();

    private static Object call(String s, String name, Object[] a) {
        switch (name) {
            case "startswith":
                return s.startsWith(str(a, 0));
            case "endswith":
                return s.endsWith(str(a, 0));
            case "strip":
                return rstrip(lstrip(s, chars(a)), chars(a));
            case "lstrip":
                return lstrip(s, chars(a));
            case "rstrip":
                return rstrip(s, chars(a));
            case "split":
                return split(s, a.length == 0 || a[0] == null ? null : a[0].toString());
            case "lower":
                return s.toLowerCase(Locale.ROOT);
            case "upper":
                return s.toUpperCase(Locale.ROOT);
            case "title":
                return title(s);
            case "replace":
                return s.replace(str(a, 0), str(a, 1));
            case "count":
                return (long) (s.length() - s.replace(str(a, 0), "").length()) / Math.max(1, str(a, 0).length());
            case "find":
                return (long) s.indexOf(str(a, 0));
            case "join":
                return join(s, a.length == 0 ? List.of() : a[0]);
            default:
                return NONE;
        }
    }

    private static String str(Object[] a, int i) {
        return String.valueOf(a[i]);
    }

    private static String chars(Object[] a) {
        return a.length == 0 || a[0] == null ? null : a[0].toString();
    }

    private static boolean strips(char c, String chars) {
        return chars == null ? Character.isWhitespace(c) : chars.indexOf(c) >= 0;
    }

    private static String lstrip(String s, String chars) {
        int i = 0;
        while (i < s.length() && strips(s.charAt(i), chars)) {
            i++;
        }
        return s.substring(i);
    }

    private static String rstrip(String s, String chars) {
        int i = s.length();
        while (i > 0 && strips(s.charAt(i - 1), chars)) {
            i--;
        }
        return s.substring(0, i);
    }

    private static List<String> split(String s, String sep) {
        if (sep == null) {
            String t = s.strip();
            return t.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(t.split("\\s+")));
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = s.indexOf(sep, from)) >= 0) {
            out.add(s.substring(from, at));
            from = at + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return sb.toString();
    }

    private static String join(String sep, Object items) {
        List<String> parts = new ArrayList<>();
        if (items instanceof Iterable) {
            for (Object o : (Iterable<?>) items) {
                parts.add(String.valueOf(o));
            }
        }
        return String.join(sep, parts);
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return delegate.getCommonPropertyType(context, base);
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return delegate.getFeatureDescriptors(context, base);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return delegate.getType(context, base, property);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return delegate.getValue(context, base, property);
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return delegate.isReadOnly(context, base, property);
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        delegate.setValue(context, base, property, value);
    }
}
