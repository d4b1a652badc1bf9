package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

/**
 * The fields of a user to create or change. Creating needs {@code username}, {@code email} and
 * {@code password}. Only the fields set are sent, so an update changes exactly those.
 */
public final class UserFields extends WriteFields {
  private UserFields(Builder b) {
    super(b);
  }

  /**
   * Starts a set of fields.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UserFields}. */
  public static final class Builder extends WriteFields.Builder<UserFields, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The login name (required to create; cannot be changed later).
     *
     * @param value the login
     * @return this
     */
    public Builder username(String value) {
      return field("username", value);
    }

    /**
     * The e-mail address (required to create).
     *
     * @param value the address
     * @return this
     */
    public Builder email(String value) {
      return field("email", value);
    }

    /**
     * The login password (required to create). Not an Application Password.
     *
     * @param value the password
     * @return this
     */
    public Builder password(String value) {
      return field("password", value);
    }

    /**
     * The display name.
     *
     * @param value the name
     * @return this
     */
    public Builder name(String value) {
      return field("name", value);
    }

    /**
     * The first name.
     *
     * @param value the first name
     * @return this
     */
    public Builder firstName(String value) {
      return field("first_name", value);
    }

    /**
     * The last name.
     *
     * @param value the last name
     * @return this
     */
    public Builder lastName(String value) {
      return field("last_name", value);
    }

    /**
     * The nickname.
     *
     * @param value the nickname
     * @return this
     */
    public Builder nickname(String value) {
      return field("nickname", value);
    }

    /**
     * The slug.
     *
     * @param value the slug
     * @return this
     */
    public Builder slug(String value) {
      return field("slug", value);
    }

    /**
     * The user's website.
     *
     * @param value the URL
     * @return this
     */
    public Builder url(String value) {
      return field("url", value);
    }

    /**
     * The biographical info.
     *
     * @param value the description
     * @return this
     */
    public Builder description(String value) {
      return field("description", value);
    }

    /**
     * The locale, e.g. {@code de_DE}.
     *
     * @param value the locale
     * @return this
     */
    public Builder locale(String value) {
      return field("locale", value);
    }

    /**
     * The roles, replacing the current ones, e.g. {@code editor}.
     *
     * @param roles the role names
     * @return this
     */
    public Builder roles(String... roles) {
      return field("roles", java.util.List.of(requireNonNull(roles, "roles == null")));
    }

    /**
     * Builds the fields.
     *
     * @return the immutable fields
     */
    @Override
    public UserFields build() {
      return new UserFields(this);
    }
  }
}
