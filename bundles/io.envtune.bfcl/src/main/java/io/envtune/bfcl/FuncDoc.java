package io.envtune.bfcl;

/**
 * One BFCL function document: what a model is shown for one tool, exactly as the {@code multi_turn_func_doc} file holds
 * it.
 *
 * @param name the tool name
 * @param description the tool description
 * @param json the document's JSON text as it appears in the file ({@code name}, {@code description},
 *             {@code parameters}, {@code response})
 */
public record FuncDoc(String name, String description, String json) {
}
