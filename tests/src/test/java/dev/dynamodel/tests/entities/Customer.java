package dev.dynamodel.tests.entities;

import dev.dynamodel.annotation.Attribute;
import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.Ignore;
import dev.dynamodel.annotation.RangeKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An ordinary mutable class: getters and setters, one field reached directly, a nested class. */
@Entity(table = "customers")
public class Customer {
    @HashKey
    private String tenant;
    @RangeKey
    @Attribute("customer_id")
    private long customerId;
    private String name;
    private boolean active;
    List<Note> notes = new ArrayList<>();
    @Ignore
    private String cached;
    private transient int hits;

    public String getTenant() { return tenant; }
    public void setTenant(String tenant) { this.tenant = tenant; }
    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getCached() { return cached; }
    // Not named like a getter or setter: generated code reaches the package-private field directly.
    public List<Note> notes() { return notes; }
    public void replaceNotes(List<Note> notes) { this.notes = notes; }
    public void setCached(String cached) { this.cached = cached; }

    /** A static nested class stored as a map inside the list. */
    @dev.dynamodel.annotation.Document
    public static class Note {
        private String text;
        private int stars;

        public Note() {
        }

        public Note(String text, int stars) {
            this.text = text;
            this.stars = stars;
        }

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public int getStars() { return stars; }
        public void setStars(int stars) { this.stars = stars; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Note n && Objects.equals(text, n.text) && stars == n.stars;
        }

        @Override
        public int hashCode() {
            return Objects.hash(text, stars);
        }
    }
}
