extension EventLoop: TaskExecutor {
  /// Queues a job of a task that prefers this loop; it runs on the loop's thread.
  public func enqueue(_ job: consuming ExecutorJob) {
    let urgent = job.priority.rawValue >= TaskPriority.high.rawValue
    enqueue(.task(UnownedJob(job)), urgent: urgent)
  }

  public func asUnownedTaskExecutor() -> UnownedTaskExecutor {
    UnownedTaskExecutor(ordinary: self)
  }
}
