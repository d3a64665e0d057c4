package dev.dynamodel.examples.lambda;

import dev.dynamodel.streams.ChangeEvent;
import dev.dynamodel.streams.Inserted;
import dev.dynamodel.streams.Modified;
import dev.dynamodel.streams.Removed;

/** What one change to a task does to its list's counters. */
final class Counting {
    private final TaskListModel lists;

    Counting(TaskListModel lists) {
        this.lists = lists;
    }

    // tag::typed-events[]
    void apply(ChangeEvent<Task> event) {
        String listId = event.keys().get("listId").s();
        if (event instanceof Inserted<Task> inserted) {
            count(listId, 1, isDone(inserted.newImage().orElseThrow()) ? 1 : 0);
        } else if (event instanceof Modified<Task> modified) {
            boolean was = isDone(modified.oldImage().orElseThrow());
            boolean is = isDone(modified.newImage().orElseThrow());
            if (was != is) {
                count(listId, 0, is ? 1 : -1);
            }
        } else if (event instanceof Removed<Task> removed) {
            // An expired task leaves its list as a deleted one does; removed.expired() tells them apart.
            count(listId, -1, isDone(removed.oldImage().orElseThrow()) ? -1 : 0);
        }
    }
    // end::typed-events[]

    private static boolean isDone(Task task) {
        return Boolean.TRUE.equals(task.done());
    }

    private void count(String listId, long tasks, long done) {
        lists.update(listId, u -> u.add(TaskListSchema.TASKS, tasks).add(TaskListSchema.DONE, done).upsert());
    }
}
