package dev.dynamodel.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A REST service over {@link Task}. Nothing here names Dynamodel: the starter makes the
 * {@code Dynamo} from the application's {@code DynamoDbClient} (or {@code dynamodel.region}) and a
 * {@link TaskModel} bean from the processor's model index.
 */
@SpringBootApplication
public class TaskApplication {

    public static void main(String[] args) {
        SpringApplication.run(TaskApplication.class, args);
    }
}
