package dev.dynamodel.condition;

/** A comparison operator of a condition expression. */
public enum Operator {
    EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as DynamoDB writes it. */
    public String symbol() {
        return symbol;
    }
}
