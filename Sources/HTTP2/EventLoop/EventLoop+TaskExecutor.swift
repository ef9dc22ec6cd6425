extension EventLoop: TaskExecutor {
  /// Queues a job of a task that prefers this loop; it runs on the loop's thread.
  public func enqueue(_ job: consuming ExecutorJob) {
    enqueue(.task(UnownedJob(job)))
  }

  public func asUnownedTaskExecutor() -> UnownedTaskExecutor {
    UnownedTaskExecutor(ordinary: self)
  }
}
