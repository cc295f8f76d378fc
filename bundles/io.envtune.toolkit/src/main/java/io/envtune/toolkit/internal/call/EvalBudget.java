package io.envtune.toolkit.internal.call;

import io.envtune.toolkit.internal.python.Numbers;
import io.envtune.toolkit.internal.python.PyOps;
import io.envtune.toolkit.value.PyException;
import io.envtune.toolkit.value.PyTuple;
import java.math.BigInteger;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What one parse's operators may build in all, counted in logical size (characters, items of every nested container
 * as often as they are printed, 64-bit words of ints). Each operator's own cap is not enough: {@code [[0] * 10**6] *
 * 10**6} builds two small lists whose repr has 10**12 characters, and a chain of concatenations builds gigabytes from
 * a short text. Sizes of containers are remembered by identity, so a shared part is walked once.
 */
final class EvalBudget {

    private final Map<Object, Long> sizes = new IdentityHashMap<>();
    private long spent;

    /**
     * Counts one operator result.
     *
     * @param result the value an operator built
     * @throws PyException CPython's MemoryError once the parse has built more than {@link PyOps#MAX_ITEMS}
     */
    void charge(Object result) {
        spent += size(result);
        if (spent > PyOps.MAX_ITEMS) {
            throw Numbers.memoryError();
        }
    }

    /** The logical size; the walk stops early once it is over the limit anyway. */
    private long size(Object v) {
        if (v instanceof String s) {
            return s.length();
        } else if (v instanceof BigInteger b) {
            return 1 + b.bitLength() / 64;
        }
        Collection<?> items = v instanceof PyTuple t ? t.items() : v instanceof Collection<?> c ? c : null;
        if (items == null && !(v instanceof Map<?, ?>)) {
            return 1;
        }
        Long known = sizes.get(v);
        if (known != null) {
            return known;
        }
        long total = 1;
        if (items != null) {
            for (Object item : items) {
                total += size(item);
                if (total > PyOps.MAX_ITEMS) {
                    break;
                }
            }
        } else {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                total += size(e.getKey()) + size(e.getValue());
                if (total > PyOps.MAX_ITEMS) {
                    break;
                }
            }
        }
        sizes.put(v, total);
        return total;
    }
}
