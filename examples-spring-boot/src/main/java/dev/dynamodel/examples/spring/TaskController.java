package dev.dynamodel.examples.spring;

import dev.dynamodel.exception.ItemNotFoundException;
import dev.dynamodel.exception.ValidationException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tasks of a board over HTTP: create, read, list (a query), mark done (an update), delete. */
// tag::controller[]
@RestController
@RequestMapping("/boards/{board}/tasks")
public class TaskController {
    private final TaskModel tasks;

    public TaskController(TaskModel tasks) {   // the starter's bean, made from the model index
        this.tasks = tasks;
    }

    /** The new task's title; the id is made here. */
    public record NewTask(String title) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Task create(@PathVariable String board, @RequestBody NewTask task) {
        return tasks.create(new Task(board, UUID.randomUUID().toString(), task.title(), false, null));
    }

    @GetMapping("/{id}")
    public ResponseEntity<Task> get(@PathVariable String board, @PathVariable String id) {
        return ResponseEntity.of(tasks.get(board, id));
    }

    @GetMapping
    public List<Task> list(@PathVariable String board, @RequestParam(required = false) Boolean done) {
        var query = tasks.query(TaskSchema.BOARD.eq(board));
        return (done == null ? query : query.filter(TaskSchema.DONE.eq(done))).list();
    }

    @PutMapping("/{id}/done")
    public Task markDone(@PathVariable String board, @PathVariable String id) {
        return tasks.update(board, id, u -> u.set(TaskSchema.DONE, true));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable String board, @PathVariable String id) {
        tasks.delete(board, id);
    }

    @ExceptionHandler(ValidationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public List<String> invalid(ValidationException e) {
        return e.violations().stream().map(v -> v.path() + ": " + v.message()).toList();
    }

    @ExceptionHandler(ItemNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public void notFound() {
    }
}
// end::controller[]
