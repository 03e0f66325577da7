/** Runs tasks for one key one at a time, in the order they came (a meeting's commands, a programme's saves). */
export class KeyedQueue {
  private tails = new Map<string, Promise<unknown>>();

  /** Runs `task` after every earlier task of `key` has settled; a failure does not stop the ones after it. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const run = (this.tails.get(key) ?? Promise.resolve()).then(task, task);
    const tail = run.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return run;
  }
}
