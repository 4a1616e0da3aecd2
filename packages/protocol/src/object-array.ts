/**
 * An empty array that holds objects (or strings) in V8's object elements kind from the start.
 *
 * `[]` starts in the small-integer kind and moves to the object kind at its first push of an
 * object, unless its literal's allocation site has learned the object kind — which the site can
 * only do once its function has a feedback vector, after several calls. An array made a few
 * times a run (one per validator, per monitor, per simulation) therefore starts in one kind in a
 * process's first run and in the other from its second or third: the first run's optimized code
 * (Array.prototype.push inlined for the maps it saw) meets an array of a map it never saw and is
 * thrown away ("not a Smi", "wrong map"), and compiled again, at the start of the next run.
 * `[undefined]` is the object kind whatever its site knows; popped, it is an empty array of that kind.
 */
export function objectArray<T>(): T[] {
  const array: T[] = [undefined as T];
  array.pop();
  return array;
}
