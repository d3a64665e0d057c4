package dev.dynamodel.examples.lambda;

/** A request the API cannot read: a body that is not JSON of the expected shape. Answered with 400. */
final class BadRequestException extends RuntimeException {
    BadRequestException(String message) {
        super(message);
    }
}
