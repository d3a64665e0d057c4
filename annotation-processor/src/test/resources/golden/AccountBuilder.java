package fixtures;

import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Builds {@link Account} values: a new one field by field, or a copy of one with some fields
 * changed. No reflection: plain fields and a direct constructor call.
 *
 * <pre>{@code
 * Account changed = AccountBuilder.from(value).id(...).build();
 * }</pre>
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class AccountBuilder {
    private UUID id;

    private String email;

    private boolean active;

    private long balanceCents;

    private Integer logins;

    private AccountBuilder() {
    }

    /**
     * A builder holding what {@code new Account()} holds.
     */
    public static AccountBuilder create() {
        return from(new Account());
    }

    /**
     * A builder holding every field of {@code value}, which is left unchanged.
     */
    public static AccountBuilder from(Account value) {
        AccountBuilder builder = new AccountBuilder();
        builder.id = value.getId();
        builder.email = value.getEmail();
        builder.active = value.isActive();
        builder.balanceCents = value.getBalanceCents();
        builder.logins = value.logins;
        return builder;
    }

    /**
     * Sets {@code id}.
     */
    public AccountBuilder id(UUID id) {
        this.id = id;
        return this;
    }

    /**
     * Sets {@code email}.
     */
    public AccountBuilder email(String email) {
        this.email = email;
        return this;
    }

    /**
     * Sets {@code active}.
     */
    public AccountBuilder active(boolean active) {
        this.active = active;
        return this;
    }

    /**
     * Sets {@code balanceCents}.
     */
    public AccountBuilder balanceCents(long balanceCents) {
        this.balanceCents = balanceCents;
        return this;
    }

    /**
     * Sets {@code logins}.
     */
    public AccountBuilder logins(Integer logins) {
        this.logins = logins;
        return this;
    }

    /**
     * A new {@link Account} with the fields this builder holds; the builder can go on.
     */
    public Account build() {
        Account value = new Account();
        value.setId(id);
        value.setEmail(email);
        value.setActive(active);
        value.setBalanceCents(balanceCents);
        value.logins = logins;
        return value;
    }
}
