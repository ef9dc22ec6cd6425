import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Processes that keep the machine's cores busy, as other jobs on a shared CI runner do: each
/// a shell spinning in a loop that ends by itself after its time limit, so none outlives its
/// bound even if the test process dies. Killed when the body returns.
public enum CPUBurner {
  /// How many burners `SAMARBEID_CPU_BURN` asks for beside a suite (0 when unset):
  /// `make real-clients BURN=N` sets it.
  public static var requested: Int {
    ProcessInfo.processInfo.environment["SAMARBEID_CPU_BURN"].flatMap { Int($0) } ?? 0
  }

  /// The shell loop: spins, looking at the clock every 100,000 rounds, for `seconds`.
  static func script(seconds: Int) -> String {
    "end=$(($(date +%s) + \(seconds))); while [ $(date +%s) -lt $end ]; do i=0; "
      + "while [ $i -lt 100000 ]; do i=$((i + 1)); done; done"
  }

  /// Runs `body` with `processes` burners spinning beside it; each ends after `limit`
  /// seconds at the most.
  public static func with<Result>(
    processes: Int, limit: Int = 600, _ body: () async throws -> Result
  ) async throws -> Result {
    var burners: [SpawnedChild] = []
    defer {
      for burner in burners {
        kill(burner.pid, SIGKILL)
        _ = burner.wait()
      }
    }
    for _ in 0..<max(processes, 0) {
      burners.append(try SpawnedChild("/bin/sh", ["-c", script(seconds: limit)]))
    }
    return try await body()
  }
}
