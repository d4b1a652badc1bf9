package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

/**
 * The parameters of a list of block types: {@code
 * BlockTypeQuery.builder().namespace("core").build()}.
 */
public final class BlockTypeQuery extends BaseQuery {
  private BlockTypeQuery(Builder b) {
    super(b);
  }

  /**
   * Starts a query.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Builder toBuilder() {
    return new Builder().copy(this);
  }

  @Override
  public BlockTypeQuery withPage(int page) {
    return toBuilder().page(page).build();
  }

  /** Builds a {@link BlockTypeQuery}; each setter replaces an earlier value of its parameter. */
  public static final class Builder extends BaseQuery.Builder<BlockTypeQuery, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public BlockTypeQuery build() {
      return new BlockTypeQuery(this);
    }

    /**
     * Only block types of this namespace ({@code namespace}).
     *
     * @param namespace the value
     * @return this
     */
    public Builder namespace(String namespace) {
      return set("namespace", requireNonNull(namespace, "namespace == null"));
    }
  }
}
