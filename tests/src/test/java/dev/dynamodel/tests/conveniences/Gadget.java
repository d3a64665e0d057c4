package dev.dynamodel.tests.conveniences;

import dev.dynamodel.annotation.AutoId;
import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.IdKind;
import java.util.ArrayList;
import java.util.List;

/** A mutable class: a UUID v7 key as text, a primitive (never null, so a patch always writes it), a field with an initial value. */
@Entity(table = "gadgets")
public class Gadget {
    @HashKey
    @AutoId(IdKind.UUID_V7)
    private String id;
    private String name;
    private int stock;
    private Double price;
    private List<String> parts = new ArrayList<>();

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getStock() { return stock; }
    public void setStock(int stock) { this.stock = stock; }
    public Double getPrice() { return price; }
    public void setPrice(Double price) { this.price = price; }
    public List<String> getParts() { return parts; }
    public void setParts(List<String> parts) { this.parts = parts; }
}
