import ArgumentParser

/// How results are printed: aligned tables for people, JSON or CSV for scripts.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
  case table, json, csv
}
