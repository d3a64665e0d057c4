package dev.dynamodel.examples.lambda;

import dev.dynamodel.Dynamo;

/**
 * The models both handlers use. Built once per execution environment ({@link Production}), or over
 * embedded DynamoDB Local in tests.
 */
public record Backend(TaskModel tasks, TaskListModel lists) {

    /** The models over one runtime. */
    public static Backend of(Dynamo dynamo) {
        return new Backend(TaskModel.of(dynamo), TaskListModel.of(dynamo));
    }
}
