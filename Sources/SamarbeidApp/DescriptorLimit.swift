#if canImport(Glibc)
  internal import Glibc
#endif

/// The process's limit on open files. A store per municipality holds several (the database,
/// its WAL and shared memory, a writer and readers), so 356 municipalities need more than the
/// usual soft limit of 1,024: the soft limit is raised to the hard one, which the operator
/// sets (`LimitNOFILE=` in systemd, `ulimit -Hn`).
enum DescriptorLimit {
  /// Raises the soft limit to the hard limit once; returns the limits before and after when
  /// it changed.
  static func raise() -> (before: UInt64, after: UInt64)? {
    #if canImport(Glibc)
      var limit = rlimit()
      let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
      guard getrlimit(resource, &limit) == 0, limit.rlim_cur < limit.rlim_max else { return nil }
      let before = UInt64(limit.rlim_cur)
      // An unlimited hard limit is not a number the kernel takes for files: stay within
      // what it allows (fs.nr_open, 1,048,576 by default).
      limit.rlim_cur = min(limit.rlim_max, 1 << 20)
      guard limit.rlim_cur > before, setrlimit(resource, &limit) == 0 else { return nil }
      return (before, UInt64(limit.rlim_cur))
    #else
      return nil
    #endif
  }
}
