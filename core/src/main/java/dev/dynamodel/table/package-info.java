/**
 * Table lifecycle: the options of an entity's table ({@link dev.dynamodel.table.TableOptions}) and
 * the differences between the declared table and the one in DynamoDB
 * ({@link dev.dynamodel.table.TablePlan}), which {@code model.plan()} reports and
 * {@code model.apply()} removes. See {@code docs/tables.md}.
 */
package dev.dynamodel.table;
