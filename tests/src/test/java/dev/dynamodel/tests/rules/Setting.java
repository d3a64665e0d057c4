package dev.dynamodel.tests.rules;

import dev.dynamodel.annotation.Default;
import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.Timestamps;
import dev.dynamodel.annotation.TimestampStorage;
import java.time.Instant;
import java.util.List;

/** A mutable class: defaults and timestamps are set on the instance itself. */
@Entity
@Timestamps(createdAt = "created", updatedAt = "modified", storage = TimestampStorage.ISO_8601)
public class Setting {
    @HashKey
    private String key;
    @Default("on")
    private String value;
    @Default(value = "1", force = true)
    private long revision;
    private List<Step> steps;
    private Instant created;
    private Instant modified;

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public long getRevision() { return revision; }
    public void setRevision(long revision) { this.revision = revision; }
    public List<Step> getSteps() { return steps; }
    public void setSteps(List<Step> steps) { this.steps = steps; }
    public Instant getCreated() { return created; }
    public void setCreated(Instant created) { this.created = created; }
    public Instant getModified() { return modified; }
    public void setModified(Instant modified) { this.modified = modified; }
}
