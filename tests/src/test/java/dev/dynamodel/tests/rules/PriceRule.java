package dev.dynamodel.tests.rules;

import dev.dynamodel.Validator;

/** A rule across two fields of a book: a sale price never above the list price. */
public final class PriceRule implements Validator<Book> {
    @Override
    public boolean isValid(Book book) {
        return book.salePrice() == null || book.listPrice() == null || book.salePrice() <= book.listPrice();
    }

    @Override
    public String message() {
        return "sale price must not exceed list price";
    }
}
