package dev.dynamodel.tests.entities;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.Version;

/** A versioned mutable class: the version is set through its setter. */
@Entity(table = "ledgers")
public class Ledger {
    @HashKey
    private String id;
    private long total;
    @Version
    private int version;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public long getTotal() { return total; }
    public void setTotal(long total) { this.total = total; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
