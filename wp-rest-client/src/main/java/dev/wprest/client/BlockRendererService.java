package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.internal.NamedItems;
import dev.wprest.client.internal.ResourceCore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders a dynamic block on the server ({@code wp.blockRenderer()}, {@code POST
 * /wp/v2/block-renderer/<name>?context=edit}; needs a user who may edit posts). Only dynamic blocks
 * ({@code BlockType.isDynamic()}) can be rendered: others are a {@code 404 block_invalid}.
 *
 * <pre>{@code
 * String html = wp.blockRenderer().render("core/archives", Map.of("showPostCounts", true));
 * }</pre>
 */
public final class BlockRendererService {
  private final ResourceCore core;

  BlockRendererService(ResourceCore core) {
    this.core = core;
  }

  /**
   * The block's HTML for these attributes.
   *
   * @param blockName {@code namespace/name}, e.g. {@code core/archives}
   * @param attributes the block's attributes (empty for its defaults)
   * @return the rendered HTML
   */
  public String render(String blockName, Map<String, ?> attributes) {
    return render(blockName, attributes, 0);
  }

  /**
   * The block's HTML for these attributes, in the context of a post (blocks that read the current
   * post, like {@code core/post-title}).
   *
   * @param blockName {@code namespace/name}
   * @param attributes the block's attributes
   * @param postId the post, 0 for none
   * @return the rendered HTML
   */
  public String render(String blockName, Map<String, ?> attributes, long postId) {
    String name = NamedItems.checked(blockName);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("attributes", Map.copyOf(requireNonNull(attributes, "attributes == null")));
    if (postId > 0) {
      body.put("post_id", postId);
    }
    // context=edit is the only context the route serves; it must be on the query string.
    WpRequest request = WpRequest.post(core.route(name), body).query("context", "edit").build();
    JsonNode rendered = core.<JsonNode>send(request, core.type(JsonNode.class)).path("rendered");
    return rendered.asText("");
  }

  @Override
  public String toString() {
    return "BlockRendererService{" + core.describe() + "}";
  }
}
