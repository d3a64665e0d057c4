/**
 * Typed change events from DynamoDB Streams. {@link dev.dynamodel.streams.ChangeDecoder} turns the
 * records of one entity's table into {@link dev.dynamodel.streams.ChangeEvent}s with the entity's
 * generated schema; {@link dev.dynamodel.streams.ChangeRouter} dispatches a table of several entity
 * types; {@link dev.dynamodel.streams.LambdaRecords} converts the records of a Lambda
 * {@code DynamodbEvent}. See {@code docs/serverless.md}.
 */
package dev.dynamodel.streams;
