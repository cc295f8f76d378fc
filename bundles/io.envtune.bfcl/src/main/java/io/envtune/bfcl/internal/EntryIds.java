package io.envtune.bfcl.internal;

/**
 * What BFCL derives from an entry id such as {@code multi_turn_long_context_12}: the category (the id without its
 * numeric suffix), the split (the category without {@code multi_turn_}) and the long-context flag.
 */
public final class EntryIds {

    private static final String PREFIX = "multi_turn_";

    private EntryIds() {
    }

    /**
     * @param id an entry id
     * @return the id without its {@code _<number>} suffix; the id itself when it has none
     */
    public static String category(String id) {
        int cut = id.lastIndexOf('_');
        if (cut < 0 || cut == id.length() - 1) {
            return id;
        }
        for (int i = cut + 1; i < id.length(); i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return id;
            }
        }
        return id.substring(0, cut);
    }

    /**
     * @param id an entry id
     * @return the split name: {@code base}, {@code miss_func}, {@code miss_param}, {@code long_context}, or the
     *         category when it is not a multi-turn one
     */
    public static String split(String id) {
        String category = category(id);
        return category.startsWith(PREFIX) ? category.substring(PREFIX.length()) : category;
    }

    /**
     * BFCL passes {@code long_context=True} to every environment when the category names long context or composite.
     *
     * @param id an entry id
     * @return the long-context flag
     */
    public static boolean longContext(String id) {
        String category = category(id);
        return category.contains("long_context") || category.contains("composite");
    }
}
