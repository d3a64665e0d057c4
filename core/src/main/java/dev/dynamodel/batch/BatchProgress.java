package dev.dynamodel.batch;

/**
 * Where a batch write stands, reported after every request it sends.
 *
 * <pre>{@code
 * dynamo.batchWrite()
 *         .putAll(movies, allMovies)
 *         .onProgress(p -> System.out.printf("%d of %d written%n", p.written(), p.total()))
 *         .execute();
 * }</pre>
 *
 * @param total the operations in the call
 * @param written those DynamoDB has confirmed
 * @param failed those given up on (retries exhausted, or refused); they will be in the exception
 * @param requests the BatchWriteItem requests sent so far, retries included
 * @param retries the requests that were retries of unprocessed or throttled ones
 */
public record BatchProgress(int total, int written, int failed, int requests, int retries) {

    /** Operations finished either way. */
    public int done() {
        return written + failed;
    }

    /** The finished share, from 0.0 to 1.0. */
    public double fraction() {
        return total == 0 ? 1.0 : (double) done() / total;
    }
}
